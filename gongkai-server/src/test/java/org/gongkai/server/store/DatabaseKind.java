package org.gongkai.server.store;

/** The two databases every repository and service test runs against. */
public enum DatabaseKind {
    H2,
    POSTGRESQL
}
