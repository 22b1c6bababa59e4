package org.gongkai.server.cli;

import java.nio.file.Path;
import org.gongkai.dataset.Dataset;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.compile.Table4Scope;
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

    @Option(names = "--table4-scope", defaultValue = "FILED_IN_YEAR", paramLabel = "SCOPE",
            description = "表四统计范围（设置 table4Scope）：FILED_IN_YEAR（仅本年度立案的案件，默认）或"
                    + " WITH_CARRIED_OVER（另含以前年度立案、1月1日尚未审结的案件，即“含上年度结转数量”）")
    String table4Scope;

    /** Return the compiler of the dataset, refusing an agency not in it or a year out of range. */
    ReportCompiler compiler(Dataset dataset) {
        ReportCompiler compiler = ReportCompiler.of(dataset).withTable4Scope(scope());
        if (!compiler.knows(agency)) {
            throw new BadInputException("数据文件中没有代码为 " + agency + " 的机关");
        }
        if (year < ReportCompiler.FIRST_YEAR || year > ReportCompiler.LAST_YEAR) {
            throw new BadInputException("--year 应在 " + ReportCompiler.FIRST_YEAR + " 至 " + ReportCompiler.LAST_YEAR
                    + " 之间（本格式即国办公开办函〔2021〕30号自 2021 年度报告起适用），收到 " + year);
        }
        return compiler;
    }

    private Table4Scope scope() {
        try {
            return Table4Scope.valueOf(table4Scope);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--table4-scope：“" + table4Scope + "”不是有效的表四统计范围，应为 FILED_IN_YEAR、"
                    + "WITH_CARRIED_OVER 之一", e);
        }
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
