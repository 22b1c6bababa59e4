package org.gongkai.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one command line, {@code gongkai}. Every subcommand but {@code serve} runs without Spring.
 *
 * <p>Exit codes: 0 success, 1 a check found errors or the work failed, 2 bad input or arguments.
 */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "公开（Gongkai）：政府信息公开工作平台。",
        subcommands = {ServeCommand.class, CalendarCommand.class, DeadlineCommand.class, ReportCommand.class,
                ImportCommand.class, ExportCommand.class, AuditCommand.class, LetterCommand.class,
                CatalogueCommand.class, SettingsCommand.class, AgencyCommand.class, AppealCommand.class,
                UserCommand.class})
public final class GongkaiCommand implements Runnable {

    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Return the configured command line: one-line errors with exit code 2 for bad input, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GongkaiCommand());
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("错误：" + ex.getMessage());
            err.println("用 --help 查看用法。");
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("错误：" + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
