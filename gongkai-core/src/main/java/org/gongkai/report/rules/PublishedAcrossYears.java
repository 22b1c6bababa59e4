package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/**
 * What an evaluator checks between an agency's published reports of two consecutive years: the cross-year
 * rules ({@link ReportRules#checkAcrossYears}), prose or tables copied from the year before, and figures that
 * jump implausibly. No rule of the law sets these limits (law-spec.md §1.7 leaves them open), so they are named
 * settings with documented defaults (docs/settings.md) and their findings are warnings.
 */
public final class PublishedAcrossYears {

    /** A prose section at least this similar to last year's (character pairs, Dice) counts as copied. */
    public static final double NEARLY_IDENTICAL = 0.9;

    /** Prose shorter than this (characters, spaces aside) is not compared: "无。" is the same every year. */
    public static final int SHORTEST_PROSE_COMPARED = 50;

    /** A figure jumps when the larger of the two years is at least this many times the smaller … */
    public static final int JUMP_FACTOR = 5;

    /** … and the larger is at least this much (small counts move by chance). */
    public static final int JUMP_FLOOR = 20;

    private PublishedAcrossYears() {
    }

    /** Return every finding between {@code thisYear} and the same agency's report of the year before. */
    public static List<Finding> check(AnnualReport thisYear, AnnualReport lastYear) {
        List<Finding> findings = new ArrayList<>(ReportRules.checkAcrossYears(thisYear, lastYear));
        String last = lastYear.year() == null ? "上年" : lastYear.year() + "年";
        for (ReportSection section : ReportSection.values()) {
            String now = compact(thisYear.prose().get(section));
            String before = compact(lastYear.prose().get(section));
            if (now.length() < SHORTEST_PROSE_COMPARED || before.length() < SHORTEST_PROSE_COMPARED) {
                continue;
            }
            double similarity = similarity(now, before);
            if (similarity >= NEARLY_IDENTICAL) {
                findings.add(new Finding("acrossYears.proseCopied", Severity.WARNING, List.of(), "",
                        section.heading(), "“" + section.heading() + "”与" + last + "报告" + (now.equals(before)
                                ? "完全相同" : "几乎相同（相似度 " + Math.round(similarity * 100) + "%）")
                                + "，可能沿用了上年的文字。"));
            }
        }
        if (thisYear.table3().isComplete() && thisYear.table3().equals(lastYear.table3())
                && thisYear.table4().equals(lastYear.table4()) && anyNonZero(thisYear)) {
            findings.add(new Finding("acrossYears.tablesCopied", Severity.WARNING, List.of(), "", "",
                    "表三、表四的数字与" + last + "报告完全相同，可能沿用了上年的表格。"));
        }
        jump(findings, Cells.table3(Table3Row.NEW, ApplicantColumn.TOTAL), "表三“本年新收政府信息公开申请数量”总计",
                thisYear.table3().cell(Table3Row.NEW, ApplicantColumn.TOTAL),
                lastYear.table3().cell(Table3Row.NEW, ApplicantColumn.TOTAL), last, "件");
        for (AppealKind kind : AppealKind.values()) {
            jump(findings, Cells.table4(kind, Table4Column.TOTAL), "表四“" + Cells.kindName(kind) + "”总计",
                    thisYear.table4().cell(kind, Table4Column.TOTAL), lastYear.table4().cell(kind, Table4Column.TOTAL),
                    last, "件");
        }
        jump(findings, "table2.LICENSING", "表二“行政许可”处理决定数量", thisYear.table2().licensing(),
                lastYear.table2().licensing(), last, "件");
        jump(findings, "table2.PENALTY", "表二“行政处罚”处理决定数量", thisYear.table2().penalty(),
                lastYear.table2().penalty(), last, "件");
        jump(findings, "table2.COERCION", "表二“行政强制”处理决定数量", thisYear.table2().coercion(),
                lastYear.table2().coercion(), last, "件");
        return findings;
    }

    private static void jump(List<Finding> findings, String cell, String what, Integer now, Integer before,
            String last, String unit) {
        if (now == null || before == null) {
            return;
        }
        int larger = Math.max(now, before);
        int smaller = Math.min(now, before);
        if (larger >= JUMP_FLOOR && (long) smaller * JUMP_FACTOR <= larger) {
            findings.add(new Finding("acrossYears.jump", Severity.WARNING, List.of(cell), String.valueOf(before),
                    String.valueOf(now), what + "由" + last + "的 " + before + " " + unit + "变为 " + now + " " + unit
                            + "，变化超过 " + JUMP_FACTOR + " 倍，请核实。"));
        }
    }

    private static boolean anyNonZero(AnnualReport report) {
        for (Table3Row row : Table3Row.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                Integer cell = report.table3().cell(row, column);
                if (cell != null && cell != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String compact(String prose) {
        if (prose == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(prose.length());
        for (int i = 0; i < prose.length(); i++) {
            if (!Character.isWhitespace(prose.charAt(i))) {
                out.append(prose.charAt(i));
            }
        }
        return out.toString();
    }

    /** Return the Dice coefficient of the two texts' sets of adjacent character pairs. */
    static double similarity(String a, String b) {
        Set<String> pairsA = pairs(a);
        Set<String> pairsB = pairs(b);
        if (pairsA.isEmpty() || pairsB.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        int common = 0;
        for (String pair : pairsA) {
            common += pairsB.contains(pair) ? 1 : 0;
        }
        return 2.0 * common / (pairsA.size() + pairsB.size());
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }
}
