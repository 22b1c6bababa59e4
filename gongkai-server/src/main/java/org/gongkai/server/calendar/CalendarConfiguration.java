package org.gongkai.server.calendar;

import java.time.Clock;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.DueDateRecomputation;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.settings.ClockSettingsRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar's beans and the deadlines they feed (the stored calendar with the agencies' clock settings);
 * the command line builds them through the same factory methods.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    public static Deadlines deadlines(JdbcClient jdbc, ClockSettingsRepository clockSettings) {
        return new Deadlines(CalendarService.load(jdbc), clockSettings::choices);
    }

    @Bean
    public static CalendarService calendarService(JdbcClient jdbc, RequestRepository requests, Deadlines deadlines,
            DueDateRecomputation recomputation, AuditLog audit, Clock clock, TransactionTemplate tx) {
        return new CalendarService(jdbc, requests, deadlines, recomputation, audit, clock, tx);
    }
}
