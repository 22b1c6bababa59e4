package org.gongkai.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind {@code gongkai serve}. */
@SpringBootApplication
public class GongkaiApplication {
}
