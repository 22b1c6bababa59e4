package org.gongkai.server.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Loads the demo data when the server starts on an empty database and the demo is on ({@link DemoEnabled}). */
@Component
@Conditional(DemoEnabled.class)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoData demo;

    DemoLoader(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.loadIfEmpty()) {
            log.info("Empty database: loaded the demo data (the seed agency and the invented city of 江澜市)");
        }
    }
}
