package org.gongkai.server.transfer;

import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.appeals.AppealRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.reports.DecisionCountsRepository;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.store.Serials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The dataset export and import; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class TransferConfiguration {

    @Bean
    public static DatasetExport datasetExport(AgencyRepository agencies, RequestRepository requests,
            PublicationRepository publications, DecisionCountsRepository counts, AppealRepository appeals,
            TransactionTemplate tx) {
        return new DatasetExport(agencies, requests, publications, counts, appeals, tx);
    }

    @Bean
    public static DatasetImport datasetImport(AgencyRepository agencies, RequestRepository requests,
            PublicationRepository publications, DecisionCountsRepository counts, AppealRepository appeals,
            Deadlines deadlines, Serials serials, AuditLog audit, TransactionTemplate tx) {
        return new DatasetImport(agencies, requests, publications, counts, appeals, deadlines, serials, audit, tx);
    }
}
