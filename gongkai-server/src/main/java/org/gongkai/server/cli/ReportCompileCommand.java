package org.gongkai.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetException;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.render.HtmlReportWriter;
import org.gongkai.report.render.MarkdownReportWriter;
import org.gongkai.report.render.ReportJson;
import picocli.CommandLine.Command;
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

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "gongkai/1 数据文件（JSON）")
    Path data;

    @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码，如 SH-HZB")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度，如 2025")
    int year;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|json",
            description = "输出格式：md（Markdown，默认）、html 或 json")
    String format;

    @Override
    public Integer call() {
        Function<AnnualReport, String> writer = WRITERS.get(format);
        if (writer == null) {
            throw new BadInputException("--format 只能是 md、html 或 json，收到 " + format);
        }
        ReportCompiler compiler = ReportCompiler.of(dataset());
        if (!compiler.knows(agency)) {
            throw new BadInputException("数据文件中没有代码为 " + agency + " 的机关");
        }
        if (year < ReportCompiler.FIRST_YEAR || year > ReportCompiler.LAST_YEAR) {
            throw new BadInputException("--year 应在 " + ReportCompiler.FIRST_YEAR + " 至 " + ReportCompiler.LAST_YEAR
                    + " 之间（本格式即国办公开办函〔2021〕30号自 2021 年度报告起适用），收到 " + year);
        }
        AnnualReport report = compiler.compile(agency, year);
        spec.commandLine().getOut().print(writer.apply(report));
        spec.commandLine().getOut().flush();
        return report.findings().stream().anyMatch(Finding::isError) ? 1 : 0;
    }

    private Dataset dataset() {
        String json;
        try {
            json = Files.readString(data);
        } catch (IOException e) {
            throw new BadInputException("无法读取数据文件 " + data + "（" + e.getClass().getSimpleName() + "）");
        }
        try {
            return DatasetReader.read(json);
        } catch (DatasetException e) {
            throw new BadInputException("数据文件 " + data + " 有误：" + e.getMessage());
        }
    }
}
