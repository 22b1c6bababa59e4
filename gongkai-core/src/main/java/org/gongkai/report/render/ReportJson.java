package org.gongkai.report.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.appeal.AppealKind;
import org.gongkai.json.Json;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.compile.RollupReport;

/**
 * The report as JSON (README "The report as JSON"): {@code table3.rows.<ROW>} = 7 counts in glossary column
 * order, {@code table4.<KIND>} = [upheld, corrected, other, pending, total], {@code table2} as documented;
 * an unknown cell is {@code null}, and a row, group or table with no known cell is {@code null} as a whole.
 */
public final class ReportJson {

    static final String RULE = "RULE";
    static final String NORMATIVE_DOCUMENT = "NORMATIVE_DOCUMENT";
    static final String LICENSING = "LICENSING";
    static final String PENALTY = "PENALTY";
    static final String COERCION = "COERCION";
    static final String FEES = "FEES_WAN_YUAN";

    private ReportJson() {
    }

    /** Return the report as a JSON document, pretty-printed, with a trailing newline. */
    public static String write(AnnualReport report) {
        return Json.write(tree(report));
    }

    /**
     * Return a roll-up as a JSON document: the summed report in the report shape, plus {@code agencies}, the
     * report of each agency summed, in the same shape.
     */
    public static String write(RollupReport rollup) {
        Map<String, Object> out = tree(rollup.total());
        out.put("agencies", rollup.agencies().stream().<Object>map(ReportJson::tree).toList());
        return Json.write(out);
    }

    /** Return the report as a JSON tree of maps, lists, strings and numbers, in the order {@link #write} prints. */
    public static Map<String, Object> tree(AnnualReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agency", report.agencyName());
        out.put("agencyCode", report.agencyCode().isEmpty() ? null : report.agencyCode());
        out.put("year", report.year());
        out.put("format", report.format().code());
        Map<String, Object> prose = new LinkedHashMap<>();
        new TreeMap<>(report.prose()).forEach((section, text) -> prose.put(section.name(), text));
        out.put("prose", prose);
        out.put("table2", table2(report.table2()));
        out.put("table3", table3(report.table3()));
        out.put("table4", table4(report.table4()));
        out.put("findings", report.findings().stream().<Object>map(ReportJson::finding).toList());
        return out;
    }

    /**
     * Read a report from JSON of this shape; fields it does not know are ignored (a truth file's notes),
     * and a missing figure is unknown.
     *
     * @throws IllegalArgumentException naming the JSON path of a value of the wrong kind
     */
    public static AnnualReport read(String json) {
        return ReportJsonReader.read(Json.parse(json));
    }

    private static Object table2(Table2 table) {
        if (table.equals(Table2.unknown())) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(RULE, knownOrNull(table.rules().issued(), table.rules().repealed(), table.rules().inForce()));
        out.put(NORMATIVE_DOCUMENT, knownOrNull(table.normativeDocuments().issued(),
                table.normativeDocuments().repealed(), table.normativeDocuments().inForce()));
        out.put(LICENSING, table.licensing());
        out.put(PENALTY, table.penalty());
        out.put(COERCION, table.coercion());
        out.put(FEES, table.feesWanYuan() == null ? null : table.feesWanYuan().toPlainString());
        return out;
    }

    private static Object table3(Table3 table) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("columns", Arrays.stream(ApplicantColumn.values()).<Object>map(Enum::name).toList());
        Map<String, Object> rows = new LinkedHashMap<>();
        for (Table3Row row : Table3Row.values()) {
            Integer[] cells = new Integer[ApplicantColumn.values().length];
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cells[column.ordinal()] = table.cell(row, column);
            }
            rows.put(row.name(), knownOrNull(cells));
        }
        out.put("rows", rows);
        return out;
    }

    private static Object table4(Table4 table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (AppealKind kind : AppealKind.values()) {
            Integer[] cells = new Integer[Table4Column.values().length];
            for (Table4Column column : Table4Column.values()) {
                cells[column.ordinal()] = table.cell(kind, column);
            }
            out.put(kind.name(), knownOrNull(cells));
        }
        return out;
    }

    private static Object finding(Finding finding) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", finding.rule());
        out.put("severity", finding.severity().name());
        out.put("cells", new ArrayList<Object>(finding.cells()));
        out.put("expected", finding.expected());
        out.put("found", finding.found());
        out.put("message", finding.message());
        return out;
    }

    /** Return the figures as a list, or {@code null} when none is known. */
    private static Object knownOrNull(Integer... cells) {
        return Arrays.stream(cells).allMatch(c -> c == null) ? null : Arrays.<Object>asList((Object[]) cells);
    }

}
