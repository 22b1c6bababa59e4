package org.gongkai.server.agencies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.agency.Agency;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Sha256;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.RefusedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an agency's administrator keeps about it: its name and its profile. Checks the values and saves them
 * (audited) unless someone else saved since they were read. The guide and every letter issued afterwards read
 * what was saved.
 */
public final class AgencyProfileService {

    /** The agency and its profile (empty while it has none) as stored now. */
    public record Current(Agency agency, Optional<AgencyProfile> profile) {

        /** Every item, as the administrator edits it. */
        public Map<ProfileField, String> values() {
            return ProfileField.valuesOf(agency, profile);
        }

        /** A token of these values, for {@link #save} to tell whether someone saved since they were read. */
        public String version() {
            return Sha256.hex(String.join("\u001f", values().values()));
        }
    }

    /** What a save did: the items that changed (none: nothing was written). */
    public record Saved(List<ProfileField> changed) {
    }

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

    /**
     * Return the agency with its profile as stored now.
     *
     * @throws RefusedException for an unknown agency
     */
    public Current current(String agency) {
        return new Current(agencies.find(agency).orElseThrow(() -> unknown(agency)), profiles.find(agency));
    }

    /**
     * Save {@code values} (each item stripped; an empty optional item means none, and for the review body and
     * court the statute's generic wording) for {@code agency}, whose administrator read it at {@code readVersion}
     * (see {@link Current#version}). Saving values equal to the stored ones writes nothing.
     *
     * @throws InvalidProfileException if an item is missing, too long or implausible; nothing is saved then
     * @throws ConflictException if someone saved since {@code readVersion}; nothing is saved then
     * @throws RefusedException for a non-administrator, another agency's administrator or an unknown agency
     */
    public Saved save(Actor actor, String agency, Map<ProfileField, String> values, String readVersion) {
        actor.require(Role.ADMIN);
        actor.requireAgency(agency);
        Map<ProfileField, String> after = checked(values);
        try {
            return tx.execute(status -> {
                Current stored = new Current(agencies.findForUpdate(agency).orElseThrow(() -> unknown(agency)),
                        profiles.findForUpdate(agency));
                if (!stored.version().equals(readVersion)) {
                    throw conflict();
                }
                Map<ProfileField, String> before = stored.values();
                List<ProfileField> changed = new ArrayList<>();
                for (ProfileField f : ProfileField.values()) {
                    if (!before.get(f).equals(after.get(f))) {
                        changed.add(f);
                    }
                }
                if (changed.contains(ProfileField.NAME)) {
                    agencies.rename(agency, after.get(ProfileField.NAME));
                }
                if (changed.stream().anyMatch(f -> f != ProfileField.NAME)) {
                    profiles.save(agency, ProfileField.profileOf(after));
                }
                if (!changed.isEmpty()) {
                    audit.append(actor.username(), "AGENCY_PROFILE_CHANGED", agency, changed.stream()
                            .map(f -> f.label() + "：" + shown(before.get(f)) + " → " + shown(after.get(f)))
                            .collect(Collectors.joining("；")));
                }
                return new Saved(List.copyOf(changed));
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

    private static RefusedException unknown(String agency) {
        return new RefusedException("没有代码为 " + agency + " 的机关。");
    }

    private static ConflictException conflict() {
        return new ConflictException("本机关的机构信息");
    }
}
