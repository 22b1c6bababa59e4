package org.gongkai.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.compile.RollupReport;
import org.gongkai.report.render.HtmlReportWriter;
import org.gongkai.report.render.MarkdownReportWriter;
import org.gongkai.report.render.ReportJson;
import org.gongkai.request.InvalidHistoryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ReportSelection selection;

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
        ReportCompiler compiler = selection.compiler(DatasetFiles.read(selection.data));
        List<AnnualReport> checked;
        String text;
        try {
            if (rollup) {
                RollupReport sum = compiler.rollUp(selection.agency, selection.year);
                checked = new ArrayList<>(sum.agencies());
                checked.add(sum.total());
                text = format.equals("html") ? HtmlReportWriter.write(sum)
                        : format.equals("json") ? ReportJson.write(sum) : MarkdownReportWriter.write(sum);
            } else {
                AnnualReport report = compiler.compile(selection.agency, selection.year);
                checked = List.of(report);
                text = format.equals("html") ? HtmlReportWriter.write(report)
                        : format.equals("json") ? ReportJson.write(report) : MarkdownReportWriter.write(report);
            }
        } catch (InvalidHistoryException e) {
            throw selection.badHistory(e);
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return checked.stream().flatMap(r -> r.findings().stream()).anyMatch(Finding::isError) ? 1 : 0;
    }
}
