package org.gongkai.server.store;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Gap-free serial numbers per series, agency and year; must run inside the transaction that uses the number. */
public final class Serials {

    private final JdbcClient jdbc;

    public Serials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Return the next number (1, 2, …) of {@code series} for this agency and year. */
    public int next(String series, String agency, int year) {
        jdbc.sql("insert into serial_counter (series, agency, calendar_year, last_value) values (?, ?, ?, 0)"
                        + " on conflict do nothing")
                .params(series, agency, year)
                .update();
        jdbc.sql("update serial_counter set last_value = last_value + 1"
                        + " where series = ? and agency = ? and calendar_year = ?")
                .params(series, agency, year)
                .update();
        return jdbc.sql("select last_value from serial_counter where series = ? and agency = ? and calendar_year = ?")
                .params(series, agency, year)
                .query(Integer.class)
                .single();
    }

    /** Make sure later numbers come after {@code used} (after an import of numbered records). */
    public void atLeast(String series, String agency, int year, int used) {
        jdbc.sql("insert into serial_counter (series, agency, calendar_year, last_value) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(series, agency, year, used)
                .update();
        jdbc.sql("update serial_counter set last_value = ? where series = ? and agency = ? and calendar_year = ?"
                        + " and last_value < ?")
                .params(used, series, agency, year, used)
                .update();
    }
}
