package org.gongkai.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gongkai audit verify}: check the audit log's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "审计日志。",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "逐条核对审计日志的哈希链，找出被改动或删除的条目。全部完好时退出码为 0，否则为 1。")
    static final class Verify implements Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<String> problems;
            long entries;
            try (Workspace workspace = Workspace.open()) {
                problems = workspace.assembly.audit.verify();
                entries = workspace.assembly.audit.count();
            }
            if (problems.isEmpty()) {
                spec.commandLine().getOut().printf("审计日志完好：共 %d 条，哈希链无断点。%n", entries);
                return 0;
            }
            problems.forEach(spec.commandLine().getOut()::println);
            return 1;
        }
    }
}
