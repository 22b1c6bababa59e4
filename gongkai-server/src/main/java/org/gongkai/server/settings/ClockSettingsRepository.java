package org.gongkai.server.settings;

import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.request.LocalClockChoice;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agencies' local clock choices (table {@code clock_setting}); rows are only ever added. */
public final class ClockSettingsRepository {

    private final JdbcClient jdbc;

    public ClockSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String agency, LocalClockChoice choice, String recordedBy, OffsetDateTime recordedAt) {
        jdbc.sql("insert into clock_setting (agency, name, setting_value, effective_from, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(agency, choice.name(), choice.value(), choice.effectiveFrom(), recordedBy, recordedAt)
                .update();
    }

    /** Return {@code agency}'s choices in the order they were recorded. */
    public List<StoredChoice> byAgency(String agency) {
        return jdbc.sql("select * from clock_setting where agency = ? order by id").param(agency)
                .query((rs, n) -> new StoredChoice(rs.getString("agency"),
                        new LocalClockChoice(rs.getString("name"), rs.getString("setting_value"),
                                rs.getDate("effective_from").toLocalDate()),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    /** Return {@code agency}'s choices in the order they were recorded, for the clock. */
    public List<LocalClockChoice> choices(String agency) {
        return byAgency(agency).stream().map(StoredChoice::choice).toList();
    }
}
