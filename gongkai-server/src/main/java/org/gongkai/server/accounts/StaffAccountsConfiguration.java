package org.gongkai.server.accounts;

import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The staff accounts' beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class StaffAccountsConfiguration {

    @Bean
    public static AccountRepository accountRepository(JdbcClient jdbc) {
        return new AccountRepository(jdbc);
    }

    @Bean
    public static AccountService accountService(AccountRepository accounts, AgencyRepository agencies,
            PasswordEncoder encoder, AuditLog audit, TransactionTemplate tx) {
        return new AccountService(accounts, agencies, encoder, PasswordPolicy.secure(), audit, tx);
    }
}
