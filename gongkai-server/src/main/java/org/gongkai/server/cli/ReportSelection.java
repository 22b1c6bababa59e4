package org.gongkai.server.cli;

import java.nio.file.Path;
import org.gongkai.dataset.Dataset;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.request.InvalidHistoryException;
import picocli.CommandLine.Option;

/** The options that choose one agency's annual report for one year from a gongkai/1 file (a picocli mixin). */
final class ReportSelection {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "gongkai/1 数据文件（JSON）")
    Path data;

    @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码，如 SH-HZB")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度，如 2025")
    int year;

    /** Return the compiler of the dataset, refusing an agency not in it or a year out of range. */
    ReportCompiler compiler(Dataset dataset) {
        ReportCompiler compiler = ReportCompiler.of(dataset);
        if (!compiler.knows(agency)) {
            throw new BadInputException("数据文件中没有代码为 " + agency + " 的机关");
        }
        if (year < ReportCompiler.FIRST_YEAR || year > ReportCompiler.LAST_YEAR) {
            throw new BadInputException("--year 应在 " + ReportCompiler.FIRST_YEAR + " 至 " + ReportCompiler.LAST_YEAR
                    + " 之间（本格式即国办公开办函〔2021〕30号自 2021 年度报告起适用），收到 " + year);
        }
        return compiler;
    }

    /** Compile the chosen agency's report for the chosen year. */
    AnnualReport compile(Dataset dataset) {
        try {
            return compiler(dataset).compile(agency, year);
        } catch (InvalidHistoryException e) {
            throw badHistory(e);
        }
    }

    /** Return the one-line error for a history in the data file that the law does not allow. */
    BadInputException badHistory(InvalidHistoryException e) {
        return new BadInputException("数据文件 " + data + " 中的办理记录有误：" + e.getMessage());
    }
}
