package org.gongkai.server.cli;

import java.nio.file.Path;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.dataset.Dataset;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.request.StatutoryClock;
import picocli.CommandLine.Option;

/** The options that choose one agency's annual report for one year from a gongkai/1 file (a picocli mixin). */
final class ReportSelection {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "gongkai/1 数据文件（JSON）")
    Path data;

    @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码，如 SH-HZB")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度，如 2025")
    int year;

    /** Compile the chosen report, refusing an agency not in the dataset or a year out of range. */
    AnnualReport compile(Dataset dataset) {
        StatutoryClock clock = new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults());
        ReportCompiler compiler = ReportCompiler.of(dataset, clock);
        if (!compiler.knows(agency)) {
            throw new BadInputException("数据文件中没有代码为 " + agency + " 的机关");
        }
        if (year < ReportCompiler.FIRST_YEAR || year > ReportCompiler.LAST_YEAR) {
            throw new BadInputException("--year 应在 " + ReportCompiler.FIRST_YEAR + " 至 " + ReportCompiler.LAST_YEAR
                    + " 之间（本格式即国办公开办函〔2021〕30号自 2021 年度报告起适用），收到 " + year);
        }
        try {
            return compiler.compile(agency, year);
        } catch (InvalidHistoryException e) {
            throw new BadInputException("数据文件 " + data + " 中的办理记录有误：" + e.getMessage());
        }
    }
}
