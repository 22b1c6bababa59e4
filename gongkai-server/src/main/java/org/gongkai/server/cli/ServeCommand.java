package org.gongkai.server.cli;

import java.util.concurrent.CountDownLatch;
import org.gongkai.server.GongkaiApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code gongkai serve}: run the server (port 8080; embedded H2 under ./data unless configured). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动服务器（默认端口 8080）。其余参数交给 Spring Boot，如 --server.port=9090。")
final class ServeCommand implements Runnable {

    @Unmatched
    String[] springArguments = new String[0];

    /** Run until the server stops (the command line exits when its command returns). */
    @Override
    public void run() {
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext context = GongkaiApplication.run(springArguments);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        if (!context.isActive()) {
            return;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
