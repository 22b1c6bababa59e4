package org.gongkai.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.compile.RollupReport;
import org.gongkai.report.render.HtmlReportWriter;
import org.gongkai.report.render.MarkdownReportWriter;
import org.gongkai.report.render.ReportJson;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.request.StatutoryClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai report compile}: compile an agency's annual report from a gongkai/1 dataset and print it. */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = "由 gongkai/1 数据文件编制某机关某年度的政府信息公开工作年度报告，输出到标准输出；"
                + "加 --rollup 则编制本机关及所有下属机关的汇总报告。报告未通过校验（有错误）时退出码为 1。")
final class ReportCompileCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("md", "html", "json");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "gongkai/1 数据文件（JSON）")
    Path data;

    @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码，如 SH-HZB")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度，如 2025")
    int year;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|json",
            description = "输出格式：md（Markdown，默认）、html 或 json")
    String format;

    @Option(names = "--rollup", description = "编制汇总报告：本机关及其所有下属机关的报告逐格相加，并附各机关明细")
    boolean rollup;

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw new BadInputException("--format 只能是 md、html 或 json，收到 " + format);
        }
        StatutoryClock clock = new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults());
        ReportCompiler compiler = ReportCompiler.of(DatasetFiles.read(data), clock);
        if (!compiler.knows(agency)) {
            throw new BadInputException("数据文件中没有代码为 " + agency + " 的机关");
        }
        if (year < ReportCompiler.FIRST_YEAR || year > ReportCompiler.LAST_YEAR) {
            throw new BadInputException("--year 应在 " + ReportCompiler.FIRST_YEAR + " 至 " + ReportCompiler.LAST_YEAR
                    + " 之间（本格式即国办公开办函〔2021〕30号自 2021 年度报告起适用），收到 " + year);
        }
        List<AnnualReport> checked;
        String text;
        try {
            if (rollup) {
                RollupReport sum = compiler.rollUp(agency, year);
                checked = new ArrayList<>(sum.agencies());
                checked.add(sum.total());
                text = format.equals("html") ? HtmlReportWriter.write(sum)
                        : format.equals("json") ? ReportJson.write(sum) : MarkdownReportWriter.write(sum);
            } else {
                AnnualReport report = compiler.compile(agency, year);
                checked = List.of(report);
                text = format.equals("html") ? HtmlReportWriter.write(report)
                        : format.equals("json") ? ReportJson.write(report) : MarkdownReportWriter.write(report);
            }
        } catch (InvalidHistoryException e) {
            throw new BadInputException("数据文件 " + data + " 中的办理记录有误：" + e.getMessage());
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return checked.stream().flatMap(r -> r.findings().stream()).anyMatch(Finding::isError) ? 1 : 0;
    }
}
