package org.gongkai.server.store;

import java.util.Map;
import java.util.function.Function;

/**
 * Where the database is: Spring Boot's {@code spring.datasource.*} properties, read the same way by
 * {@code serve} and by the commands that run without Spring.
 *
 * <p>Lookup order: JVM system property ({@code -Dspring.datasource.url=…}), then environment variable
 * ({@code SPRING_DATASOURCE_URL}), then the default: an H2 file database under {@code ./data}.
 */
public record DatabaseSettings(String url, String username, String password, int poolSize) {

    /** The embedded default. {@code WRITE_DELAY=0}: a commit reaches the file before it is acknowledged. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/gongkai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    /** Return the settings from system properties and environment variables. */
    public static DatabaseSettings fromEnvironment() {
        return from(System.getenv(), System::getProperty);
    }

    static DatabaseSettings from(Map<String, String> environment, Function<String, String> systemProperties) {
        Function<String, String> lookup = property -> {
            String value = systemProperties.apply(property);
            if (value == null) {
                value = environment.get(property.toUpperCase().replace('.', '_'));
            }
            return value;
        };
        String url = lookup.apply("spring.datasource.url");
        String username = lookup.apply("spring.datasource.username");
        String password = lookup.apply("spring.datasource.password");
        return new DatabaseSettings(
                url == null ? DEFAULT_URL : url, username == null ? "sa" : username, password == null ? "" : password, 4);
    }
}
