package org.gongkai.server.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store's shared beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    public static Serials serials(JdbcClient jdbc) {
        return new Serials(jdbc);
    }
}
