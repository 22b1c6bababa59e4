package org.gongkai.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai report}: the annual report's subcommands; alone it prints their list. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "政府信息公开工作年度报告：编制、检查。",
        subcommands = {ReportCompileCommand.class, ReportCheckCommand.class})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
