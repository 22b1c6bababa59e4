package org.gongkai.report.rules;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.request.OutcomeGroup;

/**
 * A figure the prose of a report states in words, the pattern that finds it, and the table figures it
 * may mean. The first meaning is the one a finding names; the others are readings real reports use
 * (e.g. 受理 N 件 counting the carried-over requests too).
 */
enum ProseFigure {
    REQUESTS_RECEIVED("(?:收到|受理|接收|新收)[^。；，,自法企]{0,30}?申请[^\\d。；，,]{0,4}?(\\d+)\\s*件",
            "表三本年新收总计", List.of(total(Table3Row.NEW)),
            r -> total(r, Table3Row.NEW), r -> sum(total(r, Table3Row.NEW), total(r, Table3Row.CARRIED_OVER))),
    REQUESTS_HANDLED("(?:办理|办结|答复)[^\\d。；，,自法企]{0,15}?(?:依申请公开|申请)[^\\d。；，,]{0,4}?(\\d+)\\s*件",
            "表三（七）总计", List.of(total(Table3Row.TOTAL_HANDLED)),
            r -> total(r, Table3Row.TOTAL_HANDLED), r -> sum(total(r, Table3Row.NEW), total(r, Table3Row.CARRIED_OVER))),
    CARRIED_OVER("上一?年度?结转[^\\d。；，,]{0,6}?(\\d+)\\s*件",
            "表三上年结转总计", List.of(total(Table3Row.CARRIED_OVER)), r -> total(r, Table3Row.CARRIED_OVER)),
    CARRIED_FORWARD("结转(?:至)?下一?年度?[^\\d。；，,]{0,6}?(\\d+)\\s*件",
            "表三结转下年度继续办理总计", List.of(total(Table3Row.CARRIED_FORWARD)),
            r -> total(r, Table3Row.CARRIED_FORWARD)),
    DISCLOSED_OR_PARTIALLY("予以公开及部分公开\\s*(\\d+)\\s*件",
            "表三予以公开与部分公开之和", List.of(total(Table3Row.DISCLOSED), total(Table3Row.PARTIALLY_DISCLOSED)),
            r -> sum(group(r, OutcomeGroup.DISCLOSED), group(r, OutcomeGroup.PARTIALLY_DISCLOSED))),
    WITHHELD("不予公开\\s*(\\d+)\\s*件", "表三（三）不予公开各项之和", groupCells(OutcomeGroup.WITHHELD),
            r -> group(r, OutcomeGroup.WITHHELD)),
    UNAVAILABLE("无法提供\\s*(\\d+)\\s*件", "表三（四）无法提供各项之和", groupCells(OutcomeGroup.UNAVAILABLE),
            r -> group(r, OutcomeGroup.UNAVAILABLE)),
    REVIEWS("行政复议(?:案件|申请)?[^\\d。；，,、]{0,3}?(\\d+)\\s*件",
            "表四行政复议总计", List.of(Cells.table4(AppealKind.REVIEW, Table4Column.TOTAL)),
            r -> r.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)),
    LAWSUITS("诉讼(?:案件)?[^\\d。；，,、]{0,3}?(\\d+)\\s*件",
            "表四行政诉讼两组总计之和",
            List.of(Cells.table4(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL),
                    Cells.table4(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL)),
            ProseFigure::lawsuits),
    NO_REVIEWS("未(?:收到|发生|产生|出现)[^。；，,]{0,20}?行政复议()",
            "表四行政复议总计", List.of(Cells.table4(AppealKind.REVIEW, Table4Column.TOTAL)),
            r -> r.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)),
    NO_LAWSUITS("未(?:收到|发生|产生|出现)[^。；，,]{0,20}?诉讼()",
            "表四行政诉讼两组总计之和",
            List.of(Cells.table4(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL),
                    Cells.table4(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL)),
            ProseFigure::lawsuits);

    final Pattern pattern;
    final String tableFigure;
    final List<String> cells;
    final List<Function<AnnualReport, Integer>> meanings;

    @SafeVarargs
    ProseFigure(String regex, String tableFigure, List<String> cells, Function<AnnualReport, Integer>... meanings) {
        this.pattern = Pattern.compile(regex);
        this.tableFigure = tableFigure;
        this.cells = cells;
        this.meanings = List.of(meanings);
    }

    /** Return the figure a match states; a pattern with an empty group states zero ("未收到…"). */
    static int stated(String group) {
        return group.isEmpty() ? 0 : Integer.parseInt(group);
    }

    private static String total(Table3Row row) {
        return Cells.table3(row, ApplicantColumn.TOTAL);
    }

    private static List<String> groupCells(OutcomeGroup group) {
        return Arrays.stream(Table3Row.values())
                .filter(row -> row.outcome().filter(o -> o.group() == group).isPresent())
                .map(ProseFigure::total)
                .toList();
    }

    private static Integer total(AnnualReport report, Table3Row row) {
        return Cells.rowTotal(report.table3(), row);
    }

    private static Integer group(AnnualReport report, OutcomeGroup group) {
        return Cells.sum(Arrays.stream(Table3Row.values())
                .filter(row -> row.outcome().filter(o -> o.group() == group).isPresent())
                .filter(row -> report.format().hasRow(row))
                .map(row -> total(report, row))
                .toList());
    }

    private static Integer lawsuits(AnnualReport report) {
        return sum(report.table4().cell(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL),
                report.table4().cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL));
    }

    private static Integer sum(Integer a, Integer b) {
        return Cells.sum(Arrays.asList(a, b));
    }
}
