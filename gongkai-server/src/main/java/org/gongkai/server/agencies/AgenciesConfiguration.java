package org.gongkai.server.agencies;

import org.gongkai.server.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The agencies' beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class AgenciesConfiguration {

    @Bean
    public static AgencyRepository agencyRepository(JdbcClient jdbc) {
        return new AgencyRepository(jdbc);
    }

    @Bean
    public static AgencyProfileRepository agencyProfileRepository(JdbcClient jdbc) {
        return new AgencyProfileRepository(jdbc);
    }

    @Bean
    public static AgencyDirectory agencyDirectory(AgencyRepository agencies, AgencyProfileRepository profiles) {
        return new AgencyDirectory(agencies, profiles);
    }

    @Bean
    public static AgencyProfileService agencyProfileService(AgencyProfileRepository profiles, AgencyRepository agencies,
            AuditLog audit, TransactionTemplate tx) {
        return new AgencyProfileService(profiles, agencies, audit, tx);
    }
}
