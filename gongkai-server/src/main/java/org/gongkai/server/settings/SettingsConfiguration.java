package org.gongkai.server.settings;

import java.time.Clock;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.DueDateRecomputation;
import org.gongkai.server.requests.RequestRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The clock settings' beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class SettingsConfiguration {

    @Bean
    public static ClockSettingsRepository clockSettingsRepository(JdbcClient jdbc) {
        return new ClockSettingsRepository(jdbc);
    }

    @Bean
    public static ClockSettingsService clockSettingsService(ClockSettingsRepository repository,
            AgencyRepository agencies, RequestRepository requests, Deadlines deadlines,
            DueDateRecomputation recomputation, AuditLog audit, Clock clock, TransactionTemplate tx) {
        return new ClockSettingsService(repository, agencies, requests, deadlines, recomputation, audit, clock, tx);
    }
}
