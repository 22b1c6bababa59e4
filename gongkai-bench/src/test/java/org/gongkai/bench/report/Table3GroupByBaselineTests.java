package org.gongkai.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.gongkai.bench.generate.DatasetGenerator;
import org.gongkai.bench.generate.GeneratorSettings;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3Row;
import org.gongkai.report.compile.ReportCompiler;
import org.junit.jupiter.api.Test;

/** The baseline must count what the compiler counts, or comparing their times means nothing. */
class Table3GroupByBaselineTests {

    @Test
    void sqlGroupByGivesTheCompilersTable3CountsForEveryAgency() throws SQLException {
        GeneratorSettings settings = new GeneratorSettings(7L, 40, 4_000, 2023, 3);
        ReportCompiler compiler = ReportCompiler.of(DatasetGenerator.generate(settings));
        Table3GroupByBaseline baseline = new Table3GroupByBaseline();
        baseline.load(settings);
        int[][][] counts;
        try {
            counts = baseline.table3CountsBySqlGroupBy();
        } finally {
            baseline.close();
        }

        int nonZero = 0;
        for (int a = 0; a < settings.agencies(); a++) {
            AnnualReport report = compiler.compile(DatasetGenerator.agencyCode(a), settings.middleYear());
            for (Table3Row row : Table3Row.values()) {
                if (row == Table3Row.TOTAL_HANDLED) {
                    continue;
                }
                for (int c = 0; c < 6; c++) {
                    int expected = report.table3().cell(row, ApplicantColumn.values()[c]);
                    assertThat(counts[a][row.ordinal()][c]).as("agency %d %s column %d", a, row, c).isEqualTo(expected);
                    nonZero += expected == 0 ? 0 : 1;
                }
            }
        }
        assertThat(nonZero).isGreaterThan(500);
    }
}
