package org.gongkai.report.render;

import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.compile.RollupReport;

/**
 * Write a report as one HTML page laid out as the official format: merged header cells, the 勾稽 note in
 * 表三's corner cell, 法人或其他组织 over five columns, group labels spanning their rows; readable when printed.
 */
public final class HtmlReportWriter extends ReportDocument {

    private static final String STYLE = """
            body{font-family:"Noto Serif CJK SC","Songti SC",SimSun,serif;max-width:60em;margin:2em auto;line-height:1.7}
            h1{text-align:center;font-size:1.5em}
            h2{font-size:1.15em;margin-top:1.6em}
            table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.9em}
            th,td{border:1px solid #000;padding:.25em .4em;text-align:center;vertical-align:middle}
            td.label{text-align:left}
            td.note{font-size:.85em;text-align:left}
            .table3 th,.table3 td:not(.label):not(.note),.table4 th{min-width:3.5em}
            .table3 td.label{min-width:5em}
            .findings li.error{color:#a00}
            @media print{body{margin:0;max-width:none}tr,h2{page-break-inside:avoid}h2{page-break-after:avoid}}
            """;

    private HtmlReportWriter() {
    }

    /** Return the report as a complete HTML document. */
    public static String write(AnnualReport report) {
        return new HtmlReportWriter().document(report);
    }

    /** Return a roll-up as a complete HTML document: the summed report, then the breakdown by agency. */
    public static String write(RollupReport rollup) {
        return new HtmlReportWriter().document(rollup);
    }

    @Override
    void begin(AnnualReport report) {
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(escape(report.title())).append("</h1>\n");
    }

    @Override
    void heading(String heading) {
        out.append("<h2>").append(heading).append("</h2>\n");
    }

    @Override
    void end() {
        out.append("</body>\n</html>\n");
    }

    @Override
    void prose(String text) {
        if (text == null) {
            return;
        }
        for (String paragraph : text.split("\n")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
    }

    @Override
    void table2(Table2 table) {
        out.append("<table class=\"table2\">\n");
        itemHeader(Table2.ARTICLE_20_ITEM_1, Table2.ISSUED, Table2.REPEALED, Table2.IN_FORCE);
        out.append("<tr><td class=\"label\">").append(Table2.RULE).append("</td>");
        documentCells(table.rules());
        out.append("<tr><td class=\"label\">").append(Table2.NORMATIVE_DOCUMENT).append("</td>");
        documentCells(table.normativeDocuments());
        itemHeader(Table2.ARTICLE_20_ITEM_5, Table2.DECISIONS);
        wideRow(Table2.LICENSING, TableLayout.figure(table.licensing()));
        itemHeader(Table2.ARTICLE_20_ITEM_6, Table2.DECISIONS);
        wideRow(Table2.PENALTY, TableLayout.figure(table.penalty()));
        wideRow(Table2.COERCION, TableLayout.figure(table.coercion()));
        itemHeader(Table2.ARTICLE_20_ITEM_8, Table2.FEE_AMOUNT);
        wideRow(Table2.FEES, TableLayout.figure(table.feesWanYuan()));
        out.append("</table>\n");
    }

    private void itemHeader(String item, String... columns) {
        out.append("<tr><th colspan=\"4\">").append(item).append("</th></tr>\n<tr><th>").append(Table2.CONTENT)
                .append("</th>");
        if (columns.length == 1) {
            out.append("<th colspan=\"3\">").append(columns[0]).append("</th>");
        } else {
            for (String column : columns) {
                out.append("<th>").append(column).append("</th>");
            }
        }
        out.append("</tr>\n");
    }

    private void documentCells(Table2.DocumentCounts counts) {
        out.append("<td>").append(TableLayout.figure(counts.issued())).append("</td><td>")
                .append(TableLayout.figure(counts.repealed())).append("</td><td>")
                .append(TableLayout.figure(counts.inForce())).append("</td></tr>\n");
    }

    private void wideRow(String label, String figure) {
        out.append("<tr><td class=\"label\">").append(label).append("</td><td colspan=\"3\">").append(figure)
                .append("</td></tr>\n");
    }

    @Override
    void table3(AnnualReport report) {
        out.append("<table class=\"table3\">\n<tr><td class=\"note\" rowspan=\"3\" colspan=\"3\">")
                .append(Table3Row.BALANCE_NOTE).append("</td><th colspan=\"7\">申请人情况</th></tr>\n")
                .append("<tr><th rowspan=\"2\">").append(ApplicantColumn.NATURAL_PERSON.label())
                .append("</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">")
                .append(ApplicantColumn.TOTAL.label()).append("</th></tr>\n<tr>");
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (column != ApplicantColumn.NATURAL_PERSON && column != ApplicantColumn.TOTAL) {
                out.append("<th>").append(column.label()).append("</th>");
            }
        }
        out.append("</tr>\n");
        List<Table3Row> rows = TableLayout.rows(report);
        List<List<TableLayout.LabelCell>> labels = TableLayout.labels(report);
        for (int i = 0; i < rows.size(); i++) {
            out.append("<tr>");
            labels.get(i).forEach(this::labelCell);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                out.append("<td>").append(TableLayout.figure(report.table3().cell(rows.get(i), column))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private void labelCell(TableLayout.LabelCell cell) {
        out.append("<td class=\"label\"");
        if (cell.colspan() > 1) {
            out.append(" colspan=\"").append(cell.colspan()).append('"');
        }
        if (cell.rowspan() > 1) {
            out.append(" rowspan=\"").append(cell.rowspan()).append('"');
        }
        out.append('>').append(cell.text()).append("</td>");
    }

    @Override
    void table4(Table4 table) {
        out.append("<table class=\"table4\">\n<tr><th colspan=\"5\" rowspan=\"2\">").append(Table4.REVIEW_HEADER)
                .append("</th><th colspan=\"10\">").append(Table4.LITIGATION_HEADER).append("</th></tr>\n<tr><th colspan=\"5\">")
                .append(AppealKind.LITIGATION_DIRECT.label()).append("</th><th colspan=\"5\">")
                .append(AppealKind.LITIGATION_AFTER_REVIEW.label()).append("</th></tr>\n<tr>");
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                out.append("<th>").append(column.label()).append("</th>");
            }
        }
        out.append("</tr>\n<tr>");
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                out.append("<td>").append(TableLayout.figure(table.cell(kind, column))).append("</td>");
            }
        }
        out.append("</tr>\n</table>\n");
    }

    @Override
    void findings(List<Finding> findings) {
        out.append("<section class=\"findings\">\n<h2>校验发现的问题</h2>\n<ul>\n");
        for (Finding finding : findings) {
            out.append("<li class=\"").append(finding.isError() ? "error" : "warning").append("\">")
                    .append(finding.severity().label()).append("：").append(escape(finding.message()))
                    .append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    @Override
    void breakdown(List<AnnualReport> reports) {
        out.append("<section class=\"breakdown\">\n<h2>").append(Breakdown.HEADING)
                .append("</h2>\n<table class=\"breakdown\">\n<tr>");
        Breakdown.COLUMNS.forEach(column -> out.append("<th>").append(column).append("</th>"));
        out.append("</tr>\n");
        for (AnnualReport report : reports) {
            out.append("<tr>");
            List<String> cells = Breakdown.row(report);
            out.append("<td class=\"label\">").append(escape(cells.get(0))).append("</td>");
            cells.subList(1, cells.size()).forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
