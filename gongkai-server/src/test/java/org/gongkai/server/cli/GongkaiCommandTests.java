package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GongkaiCommandTests {

    @Test
    void unknownSubcommandIsBadInputWithOneLineChineseError() {
        StringWriter err = new StringWriter();
        CommandLine cli = GongkaiCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("no-such-command");
        assertThat(code).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).startsWith("错误：").doesNotContain("Exception");
    }

    @Test
    void everySubcommandAtEveryLevelHasHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(GongkaiCommand.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(5);
        for (List<String> path : paths) {
            StringWriter out = new StringWriter();
            CommandLine fresh = GongkaiCommand.commandLine();
            fresh.setOut(new PrintWriter(out));
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            String name = String.join(" ", path);
            assertThat(fresh.execute(args.toArray(String[]::new))).as(name).isZero();
            assertThat(out.toString()).as(name).contains("Usage: gongkai " + name);
        }
    }

    private static void collect(CommandLine command, List<String> prefix, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            paths.add(path);
            collect(sub, path, paths);
        });
    }
}
