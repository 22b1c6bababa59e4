package org.gongkai.server.appeals;

import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.store.Serials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The appeals' beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class AppealsConfiguration {

    @Bean
    public static AppealRepository appealRepository(JdbcClient jdbc) {
        return new AppealRepository(jdbc);
    }

    @Bean
    public static AppealService appealService(AppealRepository appeals, RequestRepository requests, Serials serials,
            YearLock yearLock, AuditLog audit, TransactionTemplate tx) {
        return new AppealService(appeals, requests, serials, yearLock, audit, tx);
    }
}
