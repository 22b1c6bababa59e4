package org.gongkai.server.demo;

import java.time.Clock;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.reports.DecisionCountsService;
import org.gongkai.server.requests.RequestService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo data of a server started with the demo on ({@link DemoEnabled}). */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoEnabled.class)
class DemoConfiguration {

    @Bean
    static DemoData demoData(Clock clock, AgencyRepository agencies, AgencyProfileRepository agencyProfiles,
            UserRepository users, RequestService requests, PublicationService publications,
            DecisionCountsService decisionCounts, TransactionTemplate tx) {
        return new DemoData(clock, agencies, agencyProfiles, users, requests, publications, decisionCounts, tx);
    }
}
