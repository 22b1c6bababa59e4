package org.gongkai.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff accounts' bean; the command line builds it through the same factory method. */
@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {

    @Bean
    public static UserRepository userRepository(JdbcClient jdbc) {
        return new UserRepository(jdbc);
    }
}
