package org.gongkai.server.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log's bean; the command line builds it through the same factory method. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public static AuditLog auditLog(JdbcClient jdbc, Clock clock) {
        return new AuditLog(jdbc, clock);
    }
}
