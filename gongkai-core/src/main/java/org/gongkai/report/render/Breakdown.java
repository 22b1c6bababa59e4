package org.gongkai.report.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/** The columns of a roll-up's breakdown by agency: the key totals of each report summed. */
final class Breakdown {

    static final String HEADING = "附：各机关明细";

    static final List<String> COLUMNS = List.of("机关", "本年新收", "上年结转", "办理结果总计", "结转下年度", "行政复议",
            "行政诉讼", "错误", "提示");

    private Breakdown() {
    }

    /** Return the row of one report, figures blank when unknown. */
    static List<String> row(AnnualReport report) {
        List<String> cells = new ArrayList<>();
        cells.add(report.agencyName());
        for (Table3Row row : List.of(Table3Row.NEW, Table3Row.CARRIED_OVER, Table3Row.TOTAL_HANDLED,
                Table3Row.CARRIED_FORWARD)) {
            cells.add(TableLayout.figure(report.table3().cell(row, ApplicantColumn.TOTAL)));
        }
        cells.add(TableLayout.figure(report.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)));
        Integer direct = report.table4().cell(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL);
        Integer afterReview = report.table4().cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL);
        cells.add(TableLayout.figure(direct == null || afterReview == null ? null : direct + afterReview));
        long errors = report.findings().stream().filter(Finding::isError).count();
        cells.add(String.valueOf(errors));
        cells.add(String.valueOf(report.findings().size() - errors));
        return cells;
    }
}
