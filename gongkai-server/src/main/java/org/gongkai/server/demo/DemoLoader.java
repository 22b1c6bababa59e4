package org.gongkai.server.demo;

import org.gongkai.server.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data when the server starts on an empty database and the demo is on ({@link DemoEnabled}). */
@Component
@Conditional(DemoEnabled.class)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Services services;
    private final TransactionTemplate tx;

    DemoLoader(Services services, TransactionTemplate tx) {
        this.services = services;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (new DemoData(services, tx).loadIfEmpty()) {
            log.info("Empty database: loaded the demo data (the seed agency and the invented city of 江澜市)");
        }
    }
}
