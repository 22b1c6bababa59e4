package org.gongkai.server.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.request.LocalClockChoice;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.DueDateRecomputation;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.RefusedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency's settings of the statutory clock. Its administrator chooses a value for a setting the law leaves
 * open, from a date; the choice applies to the requests received from that date on, and every open request of
 * the agency is recomputed in the same transaction.
 */
public final class ClockSettingsService {

    /** The settings an agency counts with today, and every choice it recorded (oldest first, times in local time). */
    public record Overview(String agency, LocalDate today, List<SettingInForce> inForce, List<StoredChoice> recorded) {
    }

    private final ClockSettingsRepository repository;
    private final AgencyRepository agencies;
    private final RequestRepository requests;
    private final Deadlines deadlines;
    private final DueDateRecomputation recomputation;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    public ClockSettingsService(ClockSettingsRepository repository, AgencyRepository agencies, RequestRepository requests,
            Deadlines deadlines, DueDateRecomputation recomputation, AuditLog audit, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.agencies = agencies;
        this.requests = requests;
        this.deadlines = deadlines;
        this.recomputation = recomputation;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** Return the settings of {@code agency} for its administrator. */
    public Overview overview(Actor actor, String agency) {
        administers(actor, agency);
        LocalDate today = LocalDate.now(clock);
        List<SettingInForce> inForce = deadlines.settings(agency, today).all().stream().map(SettingInForce::of).toList();
        List<StoredChoice> recorded = repository.byAgency(agency).stream()
                .map(c -> new StoredChoice(c.agency(), c.choice(), c.recordedBy(),
                        c.recordedAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime()))
                .toList();
        return new Overview(agency, today, inForce, recorded);
    }

    /**
     * Record {@code agency}'s choice of {@code value} for setting {@code name} from {@code effectiveFrom}
     * (yyyy-mm-dd), recompute the agency's open requests and return how many due dates moved.
     *
     * @throws RefusedException (Chinese message) for a non-administrator, an unknown agency, a setting that is
     *     not a local choice, a bad value or date, or a choice under which an open request's history is illegal
     */
    public int change(Actor actor, String agency, String name, String value, String effectiveFrom) {
        administers(actor, agency);
        LocalClockChoice choice = choice(name, value, effectiveFrom);
        try {
            int moved = tx.execute(status -> {
                repository.insert(agency, choice, actor.username(), OffsetDateTime.now(clock));
                audit.append(actor.username(), "CLOCK_SETTING_CHANGED", agency, choice.name() + "=" + choice.value()
                        + "，适用于 " + choice.effectiveFrom() + " 及以后收到的申请");
                return recomputation.recompute(actor, deadlines.reloaded(), requests.openIds(agency),
                        ClockSettings.LOCAL_CHOICE + " " + choice.name() + " 变更");
            });
            deadlines.forget(agency);
            return moved;
        } catch (InvalidHistoryException e) {
            throw new RefusedException("未保存：按新设置，" + e.getMessage());
        }
    }

    private void administers(Actor actor, String agency) {
        actor.require(Role.ADMIN);
        actor.requireAgency(agency);
        if (agencies.find(agency).isEmpty()) {
            throw new RefusedException("没有代码为 " + agency + " 的机关。");
        }
    }

    private static LocalClockChoice choice(String name, String value, String effectiveFrom) {
        if (name == null || name.isBlank() || value == null || value.isBlank()) {
            throw new RefusedException("请写明设置名和设置值。");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(effectiveFrom == null ? "" : effectiveFrom.strip());
        } catch (DateTimeParseException e) {
            throw new RefusedException("生效日期“" + effectiveFrom + "”不是 yyyy-mm-dd 格式的有效日期。");
        }
        try {
            return new LocalClockChoice(name.strip(), value.strip(), from);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage() + "。");
        }
    }
}
