package org.gongkai.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.report.AnnualReport;
import org.gongkai.server.documents.DocumentFonts;
import org.gongkai.server.documents.DocumentFormat;
import org.gongkai.server.documents.HtmlToPdf;
import org.gongkai.server.documents.ReportDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gongkai report export}: compile an agency's annual report and write it as PDF or DOCX for publication. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "编制某机关某年度的政府信息公开工作年度报告，按公文格式（GB/T 9704）导出为 PDF 或 DOCX 文件。")
final class ReportExportCommand implements Callable<Integer> {

    @Mixin
    ReportSelection selection;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf|docx", description = "输出格式，默认 pdf")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件")
    Path out;

    @Override
    public Integer call() throws IOException {
        DocumentFormat documentFormat = DocumentFormats.parse(format);
        AnnualReport report = selection.compile(DatasetFiles.read(selection.data));
        Files.write(out, new ReportDocuments(new HtmlToPdf(DocumentFonts.embedded())).write(report, documentFormat));
        return 0;
    }
}
