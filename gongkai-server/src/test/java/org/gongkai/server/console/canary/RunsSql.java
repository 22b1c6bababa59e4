package org.gongkai.server.console.canary;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A door class that runs SQL itself, to prove the architecture rule detects it. */
public final class RunsSql {

    long count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }
}
