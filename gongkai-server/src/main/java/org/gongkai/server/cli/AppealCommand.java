package org.gongkai.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.server.appeals.AppealDetails;
import org.gongkai.server.appeals.AppealService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai appeal add|decide|list}: the 表四 register of reviews and lawsuits, in the database. */
@Command(name = "appeal", mixinStandardHelpOptions = true,
        description = "行政复议、行政诉讼登记（年度报告表四），存于数据库；用于脚本和数据迁移。"
                + "数据库由 SPRING_DATASOURCE_URL 等环境变量指定。",
        subcommands = {AppealCommand.Add.class, AppealCommand.Decide.class, AppealCommand.ListAppeals.class})
final class AppealCommand implements Runnable {

    private static final String ACTOR = "appeal-command";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static AppealService appeals(Workspace workspace) {
        return workspace.assembly.appeals;
    }

    private static String required(String option, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(option + "：请给出" + what);
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> type, String what) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(required(option, value, what))) {
            throw new BadInputException(option + "：“" + value + "”不是有效的" + what + "，应为 "
                    + String.join("、", names) + " 之一");
        }
        return Enum.valueOf(type, value);
    }

    /** Run {@code work}, turning a refusal of the register into one Chinese line with exit code 2. */
    private static <T> T refusedIsBadInput(Supplier<T> work) {
        try {
            return work.get();
        } catch (RefusedException | NotFoundException | ConflictException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** One line of {@code list}: id, kind, filed on, result or 尚未审结, and what else the register holds. */
    static String line(Appeal a) {
        StringBuilder out = new StringBuilder().append(a.id()).append("  ").append(a.kind().label())
                .append("  立案 ").append(a.filedOn()).append("  ")
                .append(a.result().map(r -> r.label() + "（" + a.decidedOn().orElseThrow() + " 审结）").orElse("尚未审结"));
        a.request().ifPresent(r -> out.append("  申请 ").append(r));
        a.caseNumber().ifPresent(c -> out.append("  案号 ").append(c));
        a.body().ifPresent(b -> out.append("  ").append(b));
        if (a.reviewOrganCoDefendant()) {
            out.append("  复议机关作共同被告，不计入表四");
        }
        return out.toString();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "登记一件行政复议或行政诉讼（记入审计日志）；最后一行打印新登记的编号。有误时不保存。")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LetterTemplateCommand.AgencyOption agency;

        @Option(names = "--kind", paramLabel = "KIND",
                description = "类别：REVIEW（行政复议）、LITIGATION_DIRECT（未经复议直接起诉）、LITIGATION_AFTER_REVIEW（复议后起诉）")
        String kind;

        @Option(names = "--filed-on", paramLabel = "DATE", description = "立案（受理）日期，yyyy-mm-dd")
        String filedOn;

        @Option(names = "--request", paramLabel = "TRACKING", description = "所涉申请的受理编号（选填）")
        String request;

        @Option(names = "--case-number", paramLabel = "TEXT", description = "案号（选填）")
        String caseNumber;

        @Option(names = "--body", paramLabel = "NAME", description = "复议机关或法院（选填）")
        String body;

        @Option(names = "--co-defendant", description = "本机关仅以复议机关身份作为共同被告（复议后起诉）：登记但不计入表四")
        boolean coDefendant;

        @Option(names = "--amendment-reason", paramLabel = "TEXT", description = "该年度报告已发布时的更正理由")
        String amendmentReason;

        @Override
        public Integer call() {
            AppealDetails details = new AppealDetails(Optional.ofNullable(request),
                    choice("--kind", kind, AppealKind.class, "复议诉讼类别"),
                    Arguments.date("--filed-on", required("--filed-on", filedOn, "立案日期（yyyy-mm-dd）")),
                    Optional.ofNullable(caseNumber), Optional.ofNullable(body), coDefendant);
            Appeal appeal;
            try (Workspace workspace = Workspace.open()) {
                String code = agency.in(workspace);
                appeal = refusedIsBadInput(() -> appeals(workspace).register(Actor.system(ACTOR), code, details,
                        amendmentReason));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("已登记：" + line(appeal));
            out.println(appeal.id());
            out.flush();
            return 0;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "记录行政复议或行政诉讼的结果和审结日期（记入审计日志）。有误时不保存。")
    static final class Decide implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--id", paramLabel = "ID", description = "复议诉讼编号，如 A-SH-HZB-2025-001")
        String id;

        @Option(names = "--result", paramLabel = "RESULT", description = "结果：UPHELD（维持）、CORRECTED（纠正）、OTHER（其他）")
        String result;

        @Option(names = "--decided-on", paramLabel = "DATE", description = "审结日期，yyyy-mm-dd")
        String decidedOn;

        @Option(names = "--amendment-reason", paramLabel = "TEXT", description = "所涉年度报告已发布时的更正理由")
        String amendmentReason;

        @Override
        public Integer call() {
            String appealId = required("--id", id, "复议诉讼编号");
            AppealResult outcome = choice("--result", result, AppealResult.class, "复议诉讼结果");
            LocalDate day = Arguments.date("--decided-on",
                    required("--decided-on", decidedOn, "审结日期（yyyy-mm-dd）"));
            Appeal appeal;
            try (Workspace workspace = Workspace.open()) {
                AppealService service = appeals(workspace);
                long version;
                try {
                    version = service.version(service.find(appealId).id());
                } catch (NotFoundException e) {
                    throw new BadInputException("--id：" + e.getMessage(), e);
                }
                appeal = refusedIsBadInput(() -> service.decide(Actor.system(ACTOR), appealId, version, outcome, day,
                        amendmentReason));
            }
            spec.commandLine().getOut().println("已记录：" + line(appeal));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "列出机关登记的行政复议和行政诉讼（给出 --year 时只列该年立案的）。")
    static final class ListAppeals implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LetterTemplateCommand.AgencyOption agency;

        @Option(names = "--year", paramLabel = "YYYY", description = "立案年度（选填）")
        String year;

        @Override
        public Integer call() {
            if (year != null && !year.matches("[0-9]{4}")) {
                throw new BadInputException("--year：“" + year + "”不是四位数的年度");
            }
            List<Appeal> listed;
            try (Workspace workspace = Workspace.open()) {
                String code = agency.in(workspace);
                AppealService service = appeals(workspace);
                listed = year == null ? service.all(code) : service.filedIn(code, Integer.parseInt(year));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (listed.isEmpty()) {
                out.println("没有登记的行政复议或行政诉讼。");
            }
            out.print(listed.stream().map(a -> AppealCommand.line(a) + System.lineSeparator()).collect(Collectors.joining()));
            out.flush();
            return 0;
        }
    }
}
