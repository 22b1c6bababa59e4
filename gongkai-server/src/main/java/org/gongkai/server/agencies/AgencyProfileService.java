package org.gongkai.server.agencies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.RefusedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency's profile as its administrator keeps it: checking the values, saving them (audited) unless
 * someone else saved since they were read. The guide and every letter issued afterwards read the saved profile.
 */
public final class AgencyProfileService {

    /** What a save did: the profile now stored, and the items that changed (none: nothing was written). */
    public record Saved(AgencyProfile profile, List<ProfileField> changed) {
    }

    private static final String NO_PROFILE = "none";

    private final AgencyProfileRepository profiles;
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public AgencyProfileService(AgencyProfileRepository profiles, AgencyRepository agencies, AuditLog audit,
            TransactionTemplate tx) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.agencies = Objects.requireNonNull(agencies, "agencies");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /** Return the agency's profile, or empty while it has none. */
    public Optional<AgencyProfile> find(String agency) {
        return profiles.find(agency);
    }

    /** Return a token of the profile as read, for {@link #save} to tell whether someone saved since. */
    public static String version(Optional<AgencyProfile> profile) {
        if (profile.isEmpty()) {
            return NO_PROFILE;
        }
        String canonical = String.join("\u001f", ProfileField.valuesOf(profile).values());
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Save {@code values} (each item stripped; an empty optional item means the statute's generic wording) as
     * the profile of {@code agency}, which its administrator read at {@code readVersion} (see {@link #version}).
     * Saving values equal to the stored ones writes nothing.
     *
     * @throws InvalidProfileException if an item is missing, too long or implausible; nothing is saved then
     * @throws ConflictException if the profile changed since {@code readVersion}; nothing is saved then
     * @throws RefusedException for a non-administrator, another agency's administrator or an unknown agency
     */
    public Saved save(Actor actor, String agency, Map<ProfileField, String> values, String readVersion) {
        actor.require(Role.ADMIN);
        actor.requireAgency(agency);
        if (agencies.find(agency).isEmpty()) {
            throw new RefusedException("没有代码为 " + agency + " 的机关。");
        }
        AgencyProfile wanted = ProfileField.profileOf(checked(values));
        try {
            return tx.execute(status -> {
                Optional<AgencyProfile> stored = profiles.findForUpdate(agency);
                if (!version(stored).equals(readVersion)) {
                    throw conflict();
                }
                Map<ProfileField, String> before = ProfileField.valuesOf(stored);
                Map<ProfileField, String> after = ProfileField.valuesOf(Optional.of(wanted));
                List<ProfileField> changed = new ArrayList<>();
                for (ProfileField f : ProfileField.values()) {
                    if (!before.get(f).equals(after.get(f))) {
                        changed.add(f);
                    }
                }
                if (!changed.isEmpty()) {
                    profiles.save(agency, wanted);
                    audit.append(actor.username(), "AGENCY_PROFILE_CHANGED", agency, changed.stream()
                            .map(f -> f.label() + "：" + shown(before.get(f)) + " → " + shown(after.get(f)))
                            .collect(Collectors.joining("；")));
                }
                return new Saved(wanted, List.copyOf(changed));
            });
        } catch (DuplicateKeyException e) {
            throw conflict();
        }
    }

    private static Map<ProfileField, String> checked(Map<ProfileField, String> values) {
        Map<ProfileField, String> stripped = new EnumMap<>(ProfileField.class);
        Map<ProfileField, String> problems = new EnumMap<>(ProfileField.class);
        for (ProfileField f : ProfileField.values()) {
            String value = values.get(f) == null ? "" : values.get(f).strip();
            stripped.put(f, value);
            f.problem(value).ifPresent(p -> problems.put(f, p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return stripped;
    }

    private static String shown(String value) {
        return value.isEmpty() ? "（空）" : "“" + value + "”";
    }

    private static ConflictException conflict() {
        return new ConflictException("本机关的机构信息");
    }
}
