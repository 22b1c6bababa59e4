package org.gongkai.server.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the demo data is loaded: {@code gongkai.demo.enabled} when it is set; otherwise only while an embedded
 * H2 database is in use (the default under {@code ./data}, or any H2 file or in-memory URL), so that a server
 * configured with PostgreSQL or another database server never gets invented records by default.
 */
public final class DemoEnabled implements Condition {

    static final String PROPERTY = "gongkai.demo.enabled";

    /** Return whether the demo is on in {@code environment}. */
    public static boolean in(Environment environment) {
        String explicit = environment.getProperty(PROPERTY);
        if (explicit != null) {
            return Boolean.parseBoolean(explicit.strip());
        }
        String url = environment.getProperty("spring.datasource.url");
        return url == null || (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }
}
