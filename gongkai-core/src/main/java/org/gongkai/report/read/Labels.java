package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.Table3Row;

/** The row labels of 表二 and 表三 as the reader recognises them (normalized keywords, law-spec.md §1.3–1.4). */
final class Labels {

    private Labels() {
    }

    /**
     * Return the 表三 labels of {@code format} in official order: only the rows it has, and a row it labels
     * differently (the 2019 single （六）其他处理 row) recognised by that label without its item number.
     */
    static List<LabelSpec> table3(ReportFormat format) {
        List<LabelSpec> specs = new ArrayList<>();
        for (Table3Row row : Table3Row.values()) {
            if (format.hasRow(row)) {
                specs.add(format.relabelledRows().contains(row)
                        ? LabelSpec.of(row.name(), withoutItemNumber(format.label(row))) : table3(row));
            }
        }
        return specs;
    }

    private static String withoutItemNumber(String label) {
        return label.replaceFirst("^（[一二三四五六七八九十]+）|^[0-9]+[.、]", "");
    }

    /** Return the newest format any of whose 表三 marks occurs in {@code text[from, to)}. */
    static Optional<ReportFormat> table3Format(String text, int from, int to) {
        return ReportFormat.newestFirst().stream()
                .filter(format -> !format.table3Marks().isEmpty()
                        && new LabelSpec("x", format.table3Marks(), '\0').find(text, from, to) >= 0)
                .findFirst();
    }

    private static LabelSpec table3(Table3Row row) {
        switch (row) {
            case NEW: return LabelSpec.of(row.name(), "本年新收", "新收政府信息");
            case CARRIED_OVER: return LabelSpec.of(row.name(), "上年结转", "上年度结转");
            case DISCLOSED: return LabelSpec.of(row.name(), "予以公开");
            case PARTIALLY_DISCLOSED: return LabelSpec.of(row.name(), "部分公开");
            case WITHHELD_STATE_SECRET: return LabelSpec.of(row.name(), "国家秘密");
            case WITHHELD_PROHIBITED_BY_LAW: return LabelSpec.of(row.name(), "禁止公开");
            case WITHHELD_SECURITY_STABILITY: return LabelSpec.of(row.name(), "三安全", "一稳定");
            case WITHHELD_THIRD_PARTY_RIGHTS: return LabelSpec.of(row.name(), "第三方");
            case WITHHELD_INTERNAL_AFFAIRS: return LabelSpec.of(row.name(), "内部事务");
            case WITHHELD_PROCESS_INFORMATION: return LabelSpec.of(row.name(), "过程性");
            case WITHHELD_ENFORCEMENT_FILE: return LabelSpec.of(row.name(), "执法案卷");
            case WITHHELD_ADMINISTRATIVE_QUERY: return LabelSpec.of(row.name(), "行政查询", "查询事项");
            case UNAVAILABLE_NOT_HELD: return LabelSpec.of(row.name(), "不掌握");
            case UNAVAILABLE_NEEDS_CREATION: return LabelSpec.of(row.name(), "没有现成", "另行制作");
            case UNAVAILABLE_STILL_UNCLEAR: return LabelSpec.of(row.name(), "补正后", "仍不明确");
            case NOT_PROCESSED_COMPLAINT: return LabelSpec.of(row.name(), "信访", "举报投诉");
            case NOT_PROCESSED_REPEATED: return LabelSpec.of(row.name(), "重复申请");
            case NOT_PROCESSED_PUBLICATION: return LabelSpec.of(row.name(), "出版物");
            case NOT_PROCESSED_EXCESSIVE: return LabelSpec.of(row.name(), "大量反复", "反复申请");
            case NOT_PROCESSED_RECONFIRMATION: return LabelSpec.of(row.name(), "重新出具", "确认或");
            case OTHER_NO_CLARIFICATION: return LabelSpec.of(row.name(), "不补正");
            case OTHER_FEE_UNPAID: return LabelSpec.of(row.name(), "缴纳费用", "收费通知");
            case OTHER: return new LabelSpec(row.name(), List.of("其他"), '3');
            case TOTAL_HANDLED: return LabelSpec.of(row.name(), "总计");
            default: return LabelSpec.of(row.name(), "结转下年", "下年度继续");
        }
    }

    /** Return the 2021 表二 rows that carry figures, in order: 规章, 行政规范性文件, 许可, 处罚, 强制, 收费. */
    static List<LabelSpec> table2() {
        return List.of(
                LabelSpec.of("RULE", "规章"),
                LabelSpec.of("NORMATIVE_DOCUMENT", "规范性文件"),
                LabelSpec.of("LICENSING", "行政许可"),
                LabelSpec.of("PENALTY", "行政处罚"),
                LabelSpec.of("COERCION", "行政强制"),
                LabelSpec.of("FEES_WAN_YUAN", "事业性收费"));
    }

    /** Return the newest format any of whose 表二 marks (column heads, rows of its own) {@code table2Text} contains. */
    static Optional<ReportFormat> table2Format(String table2Text) {
        return ReportFormat.newestFirst().stream()
                .filter(format -> format.table2Marks().stream().anyMatch(table2Text::contains))
                .findFirst();
    }

    /** Return the 2019 表二 rows that carry figures, in order: the 2021 rows and 其他对外管理服务事项 (国办公开办函〔2019〕60号). */
    static List<LabelSpec> table2Of2019() {
        List<LabelSpec> specs = new ArrayList<>(table2());
        specs.add(3, LabelSpec.of("OTHER_SERVICES", "对外管理服务"));
        return List.copyOf(specs);
    }
}
