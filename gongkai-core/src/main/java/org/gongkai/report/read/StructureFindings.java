package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/** Collect what is wrong with a published report's structure, as the reader meets it. */
final class StructureFindings {

    private final List<Finding> findings = new ArrayList<>();

    /** Return the findings, missing sections first in the report's order, the rest as met. */
    List<Finding> findings() {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(java.util.Comparator.comparingInt(StructureFindings::sectionOrder));
        return ordered;
    }

    private static int sectionOrder(Finding finding) {
        if (finding.rule().equals("read.sectionMissing")) {
            for (ReportSection section : ReportSection.values()) {
                if (section.heading().equals(finding.expected())) {
                    return section.ordinal();
                }
            }
        }
        return ReportSection.values().length;
    }

    void sectionMissing(ReportSection section) {
        findings.add(new Finding("read.sectionMissing", Severity.ERROR, List.of(), section.heading(), "",
                "报告缺少“" + section.heading() + "”部分。"));
    }

    /** Note a table whose heading has nothing readable under it: most often a table published as an image. */
    void table(String name, ReportSection section, TableReading reading, String stretch) {
        if (reading.anyLabel) {
            return;
        }
        boolean digits = stretch.chars().anyMatch(c -> c >= '0' && c <= '9');
        findings.add(digits
                ? new Finding("read.tableUnrecognised", Severity.ERROR, List.of(), section.heading(), "",
                        name + "有数字，但认不出任何行标签，无法核对。")
                : new Finding("read.tableImage", Severity.WARNING, List.of(), section.heading(), "",
                        "“" + section.heading() + "”标题下没有表格文字，" + name + "可能以图片发布，须人工核对。"));
    }

    void rows(String name, String table, TableReading reading, ReportFormat format) {
        if (!reading.anyLabel) {
            return;
        }
        if (!reading.missingRows.isEmpty()) {
            List<String> labels = reading.missingRows.stream().map(key -> label(table, key, format)).toList();
            findings.add(new Finding("read.rowMissing", Severity.FORMAT, cells(table, reading.missingRows), "", "",
                    name + "缺少" + labels.size() + "行：" + String.join("；", labels) + "。"));
        }
        reading.rowsCannotAddUp.forEach((key, printed) -> findings.add(new Finding(table + ".rowCannotAddUp",
                Severity.ERROR, cells(table, List.of(key)), "", printed, name + "“" + label(table, key, format)
                        + "”行印为“" + printed + "”，无论怎样拆分，本行都不能相加相符（总计应等于各栏之和）。")));
        reading.misprintedLabels.forEach((key, printed) -> findings.add(new Finding("read.labelMisprint",
                Severity.FORMAT, cells(table, List.of(key)), label(table, key, format), printed, name + "“"
                        + label(table, key, format) + "”行的标签印为“" + printed + "”，按其在各行中的位置读入。")));
        for (String key : reading.rowsOutOfOrder) {
            findings.add(new Finding("read.rowOrder", Severity.FORMAT, cells(table, List.of(key)), "", "",
                    name + "“" + label(table, key, format) + "”行不在规定位置。"));
        }
    }

    /** Sum up the cells that could not be read: printed blanks the sums contradict are errors of the report. */
    void unreadCells(Map<CellRef, CellSource> sources) {
        Map<String, List<String>> blanks = new LinkedHashMap<>();
        Map<String, List<String>> unread = new LinkedHashMap<>();
        for (CellRef ref : CellRef.all()) {
            CellSource source = sources.get(ref);
            if (source == null || source.confidence() != Confidence.MISSING || source.reason().startsWith("未找到")
                    || source.reason().equals(Candidates.CANNOT_ADD_UP) || source.reason().startsWith("2019年版")) {
                continue;
            }
            String[] parts = ref.name().split("\\.");
            if (source.reason().startsWith("印刷为空白")) {
                blanks.computeIfAbsent(parts[0] + "." + (parts.length > 2 ? parts[2] : parts[1]), k -> new ArrayList<>())
                        .add(ref.name());
            } else if (!source.reason().startsWith("印刷为“/”")) {
                unread.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(ref.name());
            }
        }
        blanks.forEach((column, cells) -> findings.add(new Finding("read.blankCells", Severity.ERROR, cells, "", "",
                tableName(column) + "“" + columnName(column) + "”栏有 " + cells.size()
                        + " 格印刷为空白，但按表内合计不应为0（应填未填），无法核对。")));
        unread.forEach((table, cells) -> findings.add(new Finding("read.unreadCells", Severity.WARNING, cells, "", "",
                tableName(table) + "有 " + cells.size() + " 格无法确定（" + sources.get(new CellRef(cells.get(0))).reason()
                        + "等），未作核对。")));
    }

    private static List<String> cells(String table, List<String> rowKeys) {
        return rowKeys.stream().map(key -> table + "." + key).toList();
    }

    private static String label(String table, String key, ReportFormat format) {
        if (key.equals("OTHER_SERVICES")) {
            return "其他对外管理服务事项";
        }
        return table.equals("table3") && format.relabelledRows().contains(Table3Row.valueOf(key))
                ? format.label(Table3Row.valueOf(key)) : CellRef.rowLabel(table, key);
    }

    private static String tableName(String key) {
        return key.startsWith("table2") ? "表二" : key.startsWith("table3") ? "表三" : "表四";
    }

    private static String columnName(String key) {
        String column = key.substring(key.indexOf('.') + 1);
        for (org.gongkai.report.ApplicantColumn c : org.gongkai.report.ApplicantColumn.values()) {
            if (c.name().equals(column)) {
                return c.label();
            }
        }
        for (org.gongkai.report.Table4Column c : org.gongkai.report.Table4Column.values()) {
            if (c.name().equals(column)) {
                return c.label();
            }
        }
        return column;
    }
}
