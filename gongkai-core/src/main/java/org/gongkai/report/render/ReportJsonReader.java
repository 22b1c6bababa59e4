package org.gongkai.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;

/** Reads the JSON tree of {@link ReportJson}; a wrong kind of value fails with its JSON path. */
final class ReportJsonReader {

    private ReportJsonReader() {
    }

    static AnnualReport read(Object document) {
        Map<?, ?> root = object(document, "$");
        String formatCode = string(root.get("format"), "$.format");
        ReportFormat format = formatCode == null ? ReportFormat.latest() : ReportFormat.ofCode(formatCode)
                .orElseThrow(() -> fail("$.format", "应为 " + Arrays.stream(ReportFormat.values())
                        .map(f -> "\"" + f.code() + "\"").collect(Collectors.joining(" 或 ")) + "，实际为 \"" + formatCode + "\""));
        Map<ReportSection, String> prose = new EnumMap<>(ReportSection.class);
        Map<?, ?> proseTree = object(root.get("prose"), "$.prose");
        if (proseTree != null) {
            for (ReportSection section : ReportSection.values()) {
                String text = string(proseTree.get(section.name()), "$.prose." + section.name());
                if (text != null) {
                    prose.put(section, text);
                }
            }
        }
        String code = string(root.get("agencyCode"), "$.agencyCode");
        String name = string(root.get("agency"), "$.agency");
        return new AnnualReport(code == null ? "" : code, name == null ? "" : name,
                integer(root.get("year"), "$.year"), format, prose,
                table2(object(root.get("table2"), "$.table2")), table3(object(root.get("table3"), "$.table3")),
                table4(object(root.get("table4"), "$.table4")), findings(root.get("findings")));
    }

    private static Table2 table2(Map<?, ?> tree) {
        if (tree == null) {
            return Table2.unknown();
        }
        return new Table2(documents(tree, ReportJson.RULE), documents(tree, ReportJson.NORMATIVE_DOCUMENT),
                integer(tree.get(ReportJson.LICENSING), "$.table2." + ReportJson.LICENSING),
                integer(tree.get(ReportJson.PENALTY), "$.table2." + ReportJson.PENALTY),
                integer(tree.get(ReportJson.COERCION), "$.table2." + ReportJson.COERCION),
                amount(tree.get(ReportJson.FEES), "$.table2." + ReportJson.FEES));
    }

    private static Table2.DocumentCounts documents(Map<?, ?> tree, String key) {
        Integer[] cells = figures(tree.get(key), "$.table2." + key, 3);
        return new Table2.DocumentCounts(cells[0], cells[1], cells[2]);
    }

    private static Table3 table3(Map<?, ?> tree) {
        Table3.Builder table = Table3.Builder.unknown();
        if (tree == null) {
            return table.build();
        }
        List<ApplicantColumn> columns = columns(tree.get("columns"));
        Map<?, ?> rows = object(tree.get("rows"), "$.table3.rows");
        for (Table3Row row : Table3Row.values()) {
            String path = "$.table3.rows." + row.name();
            Integer[] cells = figures(rows == null ? null : rows.get(row.name()), path, columns.size());
            for (int i = 0; i < cells.length; i++) {
                table.set(row, columns.get(i), cells[i]);
            }
        }
        return table.build();
    }

    private static List<ApplicantColumn> columns(Object tree) {
        if (tree == null) {
            return List.of(ApplicantColumn.values());
        }
        List<ApplicantColumn> columns = new ArrayList<>();
        for (Object name : list(tree, "$.table3.columns")) {
            String path = "$.table3.columns[" + columns.size() + "]";
            try {
                columns.add(ApplicantColumn.valueOf(string(name, path)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw fail(path, "应为申请人栏目名称（如 NATURAL_PERSON），实际为 " + name);
            }
        }
        return columns;
    }

    private static Table4 table4(Map<?, ?> tree) {
        Table4 table = Table4.unknown();
        for (AppealKind kind : AppealKind.values()) {
            Integer[] cells = figures(tree == null ? null : tree.get(kind.name()), "$.table4." + kind.name(),
                    Table4Column.values().length);
            for (Table4Column column : Table4Column.values()) {
                table = table.with(kind, column, cells[column.ordinal()]);
            }
        }
        return table;
    }

    private static List<Finding> findings(Object tree) {
        List<Finding> findings = new ArrayList<>();
        if (tree == null) {
            return findings;
        }
        for (Object item : list(tree, "$.findings")) {
            String path = "$.findings[" + findings.size() + "]";
            Map<?, ?> f = object(item, path);
            List<String> cells = new ArrayList<>();
            for (Object cell : list(f.get("cells"), path + ".cells")) {
                cells.add(string(cell, path + ".cells[" + cells.size() + "]"));
            }
            String severity = string(f.get("severity"), path + ".severity");
            findings.add(new Finding(string(f.get("rule"), path + ".rule"),
                    "WARNING".equals(severity) ? Severity.WARNING : Severity.ERROR, cells,
                    text(f.get("expected"), path + ".expected"), text(f.get("found"), path + ".found"),
                    text(f.get("message"), path + ".message")));
        }
        return findings;
    }

    /** Return {@code size} figures, all unknown when {@code tree} is null. */
    private static Integer[] figures(Object tree, String path, int size) {
        Integer[] cells = new Integer[size];
        if (tree == null) {
            return cells;
        }
        List<?> values = list(tree, path);
        if (values.size() != size) {
            throw fail(path, "应有 " + size + " 个数字，实际为 " + values.size() + " 个");
        }
        for (int i = 0; i < size; i++) {
            cells[i] = integer(values.get(i), path + "[" + i + "]");
        }
        return cells;
    }

    private static Integer integer(Object value, String path) {
        if (value == null) {
            return null;
        }
        try {
            return ((BigDecimal) value).intValueExact();
        } catch (ClassCastException | ArithmeticException e) {
            throw fail(path, "应为整数或 null，实际为 " + value);
        }
    }

    private static BigDecimal amount(Object value, String path) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        try {
            return new BigDecimal(string(value, path));
        } catch (NumberFormatException e) {
            throw fail(path, "应为写成字符串的十进制数，实际为 \"" + value + "\"");
        }
    }

    private static Map<?, ?> object(Object value, String path) {
        if (value == null || value instanceof Map) {
            return (Map<?, ?>) value;
        }
        throw fail(path, "应为 JSON 对象");
    }

    private static List<?> list(Object value, String path) {
        if (value instanceof List) {
            return (List<?>) value;
        }
        throw fail(path, "应为 JSON 数组");
    }

    private static String string(Object value, String path) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw fail(path, "应为字符串，实际为 " + value);
    }

    private static String text(Object value, String path) {
        String text = string(value, path);
        return text == null ? "" : text;
    }

    private static IllegalArgumentException fail(String path, String problem) {
        return new IllegalArgumentException(path + "：" + problem + "。");
    }
}
