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
        cli.getSubcommands().values().forEach(sub -> {
            StringWriter out = new StringWriter();
            sub.setOut(new PrintWriter(out));
            assertThat(sub.execute("--help")).isZero();
            assertThat(out.toString()).contains("Usage:");
        });
    }
}
