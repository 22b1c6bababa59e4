package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    void everySubcommandHasHelp() {
        CommandLine cli = GongkaiCommand.commandLine();
        assertThat(cli.getSubcommands()).isNotEmpty();
        cli.getSubcommands().keySet().forEach(name -> {
            StringWriter out = new StringWriter();
            CommandLine fresh = GongkaiCommand.commandLine();
            fresh.setOut(new PrintWriter(out));
            assertThat(fresh.execute(name, "--help")).as(name).isZero();
            assertThat(out.toString()).as(name).contains("Usage: gongkai " + name);
        });
    }
}
