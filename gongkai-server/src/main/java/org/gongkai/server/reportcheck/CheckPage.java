package org.gongkai.server.reportcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.read.CellRef;
import org.gongkai.report.read.CellSource;

/**
 * Check results as one self-contained HTML page (no script, no outside resource): per report its findings,
 * then its tables with every cell, each cell a finding names marked with the finding's number and linked to
 * it, and each finding linked to its cells; then the comparison of the agencies of each year.
 */
final class CheckPage {

    private static final String[] TABLE2_CELLS = {"RULE.issued", "RULE.repealed", "RULE.inForce",
        "NORMATIVE_DOCUMENT.issued", "NORMATIVE_DOCUMENT.repealed", "NORMATIVE_DOCUMENT.inForce", "LICENSING",
        "PENALTY", "COERCION", "FEES_WAN_YUAN"};

    private CheckPage() {
    }

    static String write(List<CheckedFile> results) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>政府信息公开工作年度报告核对结果</title><style>")
                .append("body{font-family:sans-serif;margin:1.5rem;color:#1a1a1a;line-height:1.5}")
                .append("table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #767676;")
                .append("padding:.15rem .4rem;text-align:right}th{background:#eee}td.label,th.label{text-align:left}")
                .append(".flag{background:#fde2e1}.format{background:#fff1c2}a{color:#0b57d0}")
                .append("li.ERROR{color:#a50e0e}li.FORMAT{color:#6b4e00}section{border-top:2px solid #999;margin-top:1.5rem}")
                .append("</style></head><body><main><h1>政府信息公开工作年度报告核对结果</h1>\n<p>共 ")
                .append(results.size()).append(" 个文件。</p>\n");
        for (int i = 0; i < results.size(); i++) {
            file(out, "r" + i, results.get(i));
        }
        comparison(out, results);
        out.append("</main></body></html>\n");
        return out.toString();
    }

    private static void file(StringBuilder out, String id, CheckedFile r) {
        out.append("<section><h2>").append(escape(r.file().getFileName().toString())).append("</h2>\n");
        if (!r.isReadable()) {
            out.append("<p>").append(escape(r.failure())).append("</p></section>\n");
            return;
        }
        AnnualReport report = r.read().report();
        out.append("<p>机关：").append(escape(report.agencyName().isEmpty() ? "（未读出）" : report.agencyName()))
                .append("　年度：").append(report.year() == null ? "（未读出）" : report.year())
                .append("　格式：").append(report.format().code()).append("年版</p>\n");
        Map<String, List<Integer>> marks = new LinkedHashMap<>();
        List<Finding> findings = r.findings();
        if (findings.isEmpty()) {
            out.append("<p>无问题。</p>\n");
        } else {
            out.append("<ol>\n");
            for (int n = 0; n < findings.size(); n++) {
                Finding f = findings.get(n);
                out.append("<li id=\"").append(id).append("-n").append(n + 1).append("\" class=\"")
                        .append(f.severity().name()).append("\">【").append(f.severity().label()).append("】")
                        .append(escape(f.message()));
                for (String cell : f.cells()) {
                    marks.computeIfAbsent(cell, c -> new ArrayList<>()).add(n + 1);
                    out.append(" <a href=\"#").append(id).append("-").append(cell).append("\">")
                            .append(escape(new CellRef(cell).label())).append("</a>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("<table><caption>表二</caption><tr><th class=\"label\" scope=\"col\">栏目</th><th scope=\"col\">数值</th></tr>\n");
        for (String cell : TABLE2_CELLS) {
            CellRef ref = new CellRef("table2." + cell);
            out.append("<tr><th class=\"label\" scope=\"row\">").append(escape(ref.label().substring(3))).append("</th>");
            cell(out, id, r, ref, marks, findings);
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        header(out, "表三", "行", java.util.Arrays.stream(ApplicantColumn.values()).map(ApplicantColumn::label).toList());
        for (Table3Row row : Table3Row.values()) {
            String rowRef = "table3." + row.name();
            out.append("<tr><th class=\"label\" scope=\"row\" id=\"").append(id).append("-").append(rowRef).append("\">")
                    .append(escape(new CellRef(rowRef).label().substring(3))).append(marks(id, marks.get(rowRef)))
                    .append("</th>");
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cell(out, id, r, CellRef.table3(row, column), marks, findings);
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        header(out, "表四", "类别", java.util.Arrays.stream(Table4Column.values()).map(Table4Column::label).toList());
        for (AppealKind kind : AppealKind.values()) {
            out.append("<tr><th class=\"label\" scope=\"row\">").append(escape(kind.label())).append("</th>");
            for (Table4Column column : Table4Column.values()) {
                cell(out, id, r, CellRef.table4(kind, column), marks, findings);
            }
            out.append("</tr>\n");
        }
        out.append("</table></section>\n");
    }

    private static void header(StringBuilder out, String caption, String first, List<String> columns) {
        out.append("<table><caption>").append(caption).append("</caption><tr><th class=\"label\" scope=\"col\">")
                .append(first).append("</th>");
        for (String column : columns) {
            out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
        }
        out.append("</tr>\n");
    }

    private static void cell(StringBuilder out, String id, CheckedFile r, CellRef ref, Map<String, List<Integer>> marks,
            List<Finding> findings) {
        List<Integer> numbers = marks.get(ref.name());
        CellSource source = r.read().sources().get(ref);
        Object value = ref.in(r.read().report());
        boolean onlyFormat = numbers != null && numbers.stream().allMatch(n -> findings.get(n - 1).isFormat());
        out.append("<td id=\"").append(id).append("-").append(ref.name()).append("\"")
                .append(numbers == null ? "" : onlyFormat ? " class=\"format\"" : " class=\"flag\"")
                .append(source == null ? "" : " title=\"" + escape(source.confidence().label()
                        + (source.reason().isEmpty() ? "" : "：" + source.reason())) + "\"")
                .append(">").append(value == null ? "—" : escape(value.toString())).append(marks(id, numbers))
                .append("</td>");
    }

    private static String marks(String id, List<Integer> numbers) {
        if (numbers == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int n : numbers) {
            out.append(" <a href=\"#").append(id).append("-n").append(n).append("\">[").append(n).append("]</a>");
        }
        return out.toString();
    }

    private static void comparison(StringBuilder out, List<CheckedFile> results) {
        CheckBatch.sameYear(results).forEach((year, files) -> {
            out.append("<section><h2>").append(year).append("年各机关对比</h2><table><tr>");
            for (String head : Comparison.HEADINGS) {
                out.append("<th scope=\"col\">").append(escape(head)).append("</th>");
            }
            out.append("</tr>\n");
            for (CheckedFile file : files) {
                out.append("<tr>");
                List<String> values = Comparison.row(file);
                for (int i = 0; i < values.size(); i++) {
                    out.append(i == 0 ? "<th class=\"label\" scope=\"row\">" : "<td>").append(escape(values.get(i)))
                            .append(i == 0 ? "</th>" : "</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</table></section>\n");
        });
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
