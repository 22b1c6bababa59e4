package org.gongkai.server.reportcheck;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/** The figures an evaluator compares across the agencies of one year, one row per report. */
final class Comparison {

    static final List<String> HEADINGS = List.of("机关", "本年新收申请", "上年结转", "予以公开", "办理结果总计",
            "结转下年度", "行政复议", "行政诉讼（直接起诉）", "行政诉讼（复议后起诉）", "错误", "格式问题");

    private Comparison() {
    }

    static List<String> row(CheckedFile file) {
        AnnualReport report = file.read().report();
        List<String> row = new ArrayList<>();
        row.add(report.agencyName());
        for (Table3Row r : List.of(Table3Row.NEW, Table3Row.CARRIED_OVER, Table3Row.DISCLOSED, Table3Row.TOTAL_HANDLED,
                Table3Row.CARRIED_FORWARD)) {
            row.add(figure(report.table3().cell(r, ApplicantColumn.TOTAL)));
        }
        for (AppealKind kind : AppealKind.values()) {
            row.add(figure(report.table4().cell(kind, Table4Column.TOTAL)));
        }
        row.add(String.valueOf(file.findings().stream().filter(Finding::isError).count()));
        row.add(String.valueOf(file.findings().stream().filter(Finding::isFormat).count()));
        return row;
    }

    private static String figure(Integer value) {
        return value == null ? "—" : value.toString();
    }
}
