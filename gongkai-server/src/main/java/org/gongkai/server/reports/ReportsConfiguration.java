package org.gongkai.server.reports;

import java.time.Clock;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.appeals.AppealRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.yearlock.YearLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The annual reports' beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class ReportsConfiguration {

    @Bean
    public static YearLock yearLock(JdbcClient jdbc, AuditLog audit, Clock clock) {
        return new YearLock(jdbc, audit, clock);
    }

    @Bean
    public static DecisionCountsRepository decisionCountsRepository(JdbcClient jdbc) {
        return new DecisionCountsRepository(jdbc);
    }

    @Bean
    public static ReportRepository reportRepository(JdbcClient jdbc) {
        return new ReportRepository(jdbc);
    }

    @Bean
    public static DecisionCountsService decisionCountsService(DecisionCountsRepository counts, YearLock yearLock,
            AuditLog audit, TransactionTemplate tx) {
        return new DecisionCountsService(counts, yearLock, audit, tx);
    }

    @Bean
    public static ReportService reportService(AgencyRepository agencies, RequestRepository requests,
            PublicationRepository publications, DecisionCountsRepository counts, AppealRepository appeals,
            ReportRepository reports, Deadlines deadlines, AuditLog audit, Clock clock, TransactionTemplate tx) {
        return new ReportService(agencies, requests, publications, counts, appeals, reports, deadlines, audit, clock, tx);
    }
}
