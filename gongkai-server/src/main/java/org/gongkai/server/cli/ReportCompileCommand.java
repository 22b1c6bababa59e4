package org.gongkai.server.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.render.HtmlReportWriter;
import org.gongkai.report.render.MarkdownReportWriter;
import org.gongkai.report.render.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai report compile}: compile an agency's annual report from a gongkai/1 dataset and print it. */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = "由 gongkai/1 数据文件编制某机关某年度的政府信息公开工作年度报告，输出到标准输出。"
                + "报告未通过校验（有错误）时退出码为 1。")
final class ReportCompileCommand implements Callable<Integer> {

    private static final Map<String, Function<AnnualReport, String>> WRITERS = Map.of(
            "md", MarkdownReportWriter::write,
            "html", HtmlReportWriter::write,
            "json", ReportJson::write);

    @Spec
    CommandSpec spec;

    @Mixin
    ReportSelection selection;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|json",
            description = "输出格式：md（Markdown，默认）、html 或 json")
    String format;

    @Override
    public Integer call() {
        Function<AnnualReport, String> writer = WRITERS.get(format);
        if (writer == null) {
            throw new BadInputException("--format 只能是 md、html 或 json，收到 " + format);
        }
        AnnualReport report = selection.compile(DatasetFiles.read(selection.data));
        spec.commandLine().getOut().print(writer.apply(report));
        spec.commandLine().getOut().flush();
        return report.findings().stream().anyMatch(Finding::isError) ? 1 : 0;
    }
}
