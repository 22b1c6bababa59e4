package org.gongkai.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Test fixture: one run of the command line with captured output, error and exit code. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(GongkaiCommand.commandLine(), args);
    }
}
