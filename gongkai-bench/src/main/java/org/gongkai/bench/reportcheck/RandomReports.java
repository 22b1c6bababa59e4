package org.gongkai.bench.reportcheck;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;

/** Random annual reports whose tables add up (2021 format), for the published-report corpus. */
final class RandomReports {

    private RandomReports() {
    }

    static AnnualReport next(Random random, int index) {
        Table3.Builder t3 = Table3.Builder.zero();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (column == ApplicantColumn.TOTAL) {
                continue;
            }
            boolean busy = column == ApplicantColumn.NATURAL_PERSON || random.nextInt(3) == 0;
            int handled = 0;
            for (Table3Row row : Table3Row.values()) {
                if (row.outcome().isPresent() && busy && random.nextInt(3) == 0) {
                    int n = random.nextInt(random.nextInt(4) == 0 ? 400 : 12);
                    t3.set(row, column, n);
                    handled += n;
                }
            }
            int forward = busy ? random.nextInt(30) : 0;
            int over = Math.min(handled + forward, busy ? random.nextInt(30) : 0);
            t3.set(Table3Row.TOTAL_HANDLED, column, handled);
            t3.set(Table3Row.CARRIED_FORWARD, column, forward);
            t3.set(Table3Row.CARRIED_OVER, column, over);
            t3.set(Table3Row.NEW, column, handled + forward - over);
        }
        Table3 partial = t3.build();
        for (Table3Row row : Table3Row.values()) {
            int total = 0;
            for (ApplicantColumn column : ApplicantColumn.values()) {
                total += column == ApplicantColumn.TOTAL ? 0 : partial.cell(row, column);
            }
            t3.set(row, ApplicantColumn.TOTAL, total);
        }
        Table4 t4 = Table4.zero();
        for (AppealKind kind : AppealKind.values()) {
            int total = 0;
            for (Table4Column column : Table4Column.values()) {
                if (column != Table4Column.TOTAL) {
                    int n = random.nextInt(3) == 0 ? random.nextInt(9) : 0;
                    t4 = t4.with(kind, column, n);
                    total += n;
                }
            }
            t4 = t4.with(kind, Table4Column.TOTAL, total);
        }
        Table2 t2 = new Table2(
                new Table2.DocumentCounts(0, 0, random.nextInt(3)),
                new Table2.DocumentCounts(random.nextInt(20), random.nextInt(8), random.nextInt(500)),
                random.nextInt(5000), random.nextInt(2000), random.nextInt(100),
                BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)));
        Map<ReportSection, String> prose = new EnumMap<>(ReportSection.class);
        prose.put(ReportSection.OVERVIEW, "本年度，本机关认真落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请"
                + t3.build().cell(Table3Row.NEW, ApplicantColumn.TOTAL) + "件，均按时答复。");
        prose.put(ReportSection.PROBLEMS_AND_IMPROVEMENTS, "政策解读形式仍需丰富，下一年度将进一步改进。");
        prose.put(ReportSection.OTHER_MATTERS, "本年度未收取信息处理费。");
        return new AnnualReport("", "示例市第" + (index % 997 + 1) + "局", 2021 + index % 5, ReportFormat.FORMAT_2021,
                prose, t2, t3.build(), t4, List.of());
    }
}
