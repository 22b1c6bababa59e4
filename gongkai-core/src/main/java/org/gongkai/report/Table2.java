package org.gongkai.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 表二, 主动公开政府信息情况: documents issued/repealed/in force, decision counts, and fees in 万元.
 * A {@code null} figure is unknown (or printed as "/" for not applicable in a published report).
 */
public record Table2(
        DocumentCounts rules,
        DocumentCounts normativeDocuments,
        Integer licensing,
        Integer penalty,
        Integer coercion,
        BigDecimal feesWanYuan) {

    public static final String ARTICLE_20_ITEM_1 = "第二十条第（一）项";
    public static final String ARTICLE_20_ITEM_5 = "第二十条第（五）项";
    public static final String ARTICLE_20_ITEM_6 = "第二十条第（六）项";
    public static final String ARTICLE_20_ITEM_8 = "第二十条第（八）项";
    public static final String CONTENT = "信息内容";
    public static final String ISSUED = "本年制发件数";
    public static final String REPEALED = "本年废止件数";
    public static final String IN_FORCE = "现行有效件数";
    public static final String DECISIONS = "本年处理决定数量";
    public static final String FEE_AMOUNT = "本年收费金额（单位：万元）";
    public static final String RULE = "规章";
    public static final String NORMATIVE_DOCUMENT = "行政规范性文件";
    public static final String LICENSING = "行政许可";
    public static final String PENALTY = "行政处罚";
    public static final String COERCION = "行政强制";
    public static final String FEES = "行政事业性收费";

    public Table2 {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(normativeDocuments, "normativeDocuments");
    }

    /** Return a table with every figure unknown. */
    public static Table2 unknown() {
        return new Table2(DocumentCounts.UNKNOWN, DocumentCounts.UNKNOWN, null, null, null, null);
    }

    /** Return the sum of two tables, figure by figure; a figure unknown in either is unknown in the sum. */
    public Table2 plus(Table2 other) {
        return new Table2(
                rules.plus(other.rules),
                normativeDocuments.plus(other.normativeDocuments),
                sum(licensing, other.licensing),
                sum(penalty, other.penalty),
                sum(coercion, other.coercion),
                feesWanYuan == null || other.feesWanYuan == null ? null : feesWanYuan.add(other.feesWanYuan));
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null || b == null ? null : a + b;
    }

    /** Issued, repealed and in force, for 规章 or 行政规范性文件. */
    public record DocumentCounts(Integer issued, Integer repealed, Integer inForce) {
        public static final DocumentCounts UNKNOWN = new DocumentCounts(null, null, null);

        /** Return the sum of two counts, figure by figure; unknown in either is unknown in the sum. */
        public DocumentCounts plus(DocumentCounts other) {
            return new DocumentCounts(
                    sum(issued, other.issued), sum(repealed, other.repealed), sum(inForce, other.inForce));
        }
    }
}
