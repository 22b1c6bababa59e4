package org.gongkai.server.documents;

import org.gongkai.server.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The letter templates' beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class DocumentsConfiguration {

    @Bean
    public static JdbcLetterTemplateStore letterTemplateStore(JdbcClient jdbc) {
        return new JdbcLetterTemplateStore(jdbc);
    }

    @Bean
    public static LetterTemplateService letterTemplateService(JdbcLetterTemplateStore store, AuditLog audit,
            TransactionTemplate tx) {
        return new LetterTemplateService(store, audit, tx);
    }
}
