package org.gongkai.server.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.gongkai.server.security.Actor;
import org.gongkai.server.settings.ClockSettingsService;
import org.gongkai.server.settings.SettingInForce;
import org.gongkai.server.settings.StoredChoice;
import org.gongkai.server.store.RefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gongkai settings list|set}: an agency's settings of the statutory clock, in the database. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "机关的期限设置（条例未明确规定之处由本机关选择），存于数据库。数据库由 SPRING_DATASOURCE_URL 等环境变量指定。",
        subcommands = {SettingsCommand.ListSettings.class, SettingsCommand.SetSetting.class})
final class SettingsCommand implements Runnable {

    private static final Actor COMMAND_LINE = Actor.system("command-line");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "列出机关今天收到的申请适用的每一项设置（值、自何日起、依据、可靠程度）和本机关的设置记录。")
    static final class ListSettings implements Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码")
        String agency;

        @Override
        public Integer call() {
            ClockSettingsService.Overview overview;
            try (Workspace workspace = Workspace.open()) {
                overview = workspace.assembly.clockSettings.overview(COMMAND_LINE, agency);
            } catch (RefusedException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("机关 %s 今天（%s）收到的申请适用的设置：%n", agency, overview.today());
            for (SettingInForce s : overview.inForce()) {
                out.printf("%s=%s  %s；依据：%s；自 %s 起；%s%s%n", s.name(), s.value(), s.label(), s.basis(), s.since(),
                        s.confidence().label(), s.choosable() ? "；本机关可设置" : "");
            }
            out.println(overview.recorded().isEmpty() ? "本机关尚未作出选择，全部使用默认设置。" : "本机关的设置记录：");
            for (StoredChoice c : overview.recorded()) {
                out.printf("%s=%s，适用于 %s 及以后收到的申请（%s 记录于 %s）%n", c.choice().name(), c.choice().value(),
                        c.choice().effectiveFrom(), c.recordedBy(), MINUTE.format(c.recordedAt()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "记录本机关对一项设置的选择，并重新计算本机关所有办理中申请的答复期限。")
    static final class SetSetting implements Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码")
        String agency;

        @Parameters(index = "0", paramLabel = "NAME", description = "设置名：receiptDayCounts、feeTimeExcluded、emailReceivedOnArrival、feePaymentWorkingDays 或 lateClarificationRestarts")
        String name;

        @Parameters(index = "1", paramLabel = "VALUE", description = "true、false 或工作日数")
        String value;

        @Option(names = "--from", required = true, paramLabel = "yyyy-mm-dd",
                description = "生效日期：收到申请之日在此日及以后的申请适用")
        String from;

        @Override
        public Integer call() {
            int moved;
            try (Workspace workspace = Workspace.open()) {
                moved = workspace.assembly.clockSettings.change(COMMAND_LINE, agency, name, value, from);
            } catch (RefusedException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().printf("已保存：%s=%s，适用于 %s 及以后收到的申请；%d 件办理中申请的答复期限随之改变。%n",
                    name, value, from, moved);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
