package org.gongkai.server.cli;

import org.gongkai.server.GongkaiApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code gongkai serve}: run the server (port 8080; embedded H2 under ./data unless configured). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动服务器（默认端口 8080）。其余参数交给 Spring Boot，如 --server.port=9090。")
final class ServeCommand implements Runnable {

    @Unmatched
    String[] springArguments = new String[0];

    @Override
    public void run() {
        GongkaiApplication.run(springArguments);
    }
}
