package org.gongkai.server;

import java.util.Map;
import org.gongkai.server.store.DatabaseSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot application behind {@code gongkai serve}. */
@SpringBootApplication
public class GongkaiApplication {

    /** Start the server; without configuration it uses the embedded H2 database the commands also default to. */
    public static ConfigurableApplicationContext run(String... args) {
        SpringApplication application = new SpringApplication(GongkaiApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.datasource.url", DatabaseSettings.DEFAULT_URL,
                "spring.datasource.username", "sa"));
        return application.run(args);
    }
}
