package org.gongkai.report.render;

import java.util.ArrayList;
import java.util.Collections;
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
 * Write a report as Markdown: the six sections in order, the tables as pipe tables with the official
 * labels. Markdown cannot merge cells, so a spanning label is printed once, on the first row it spans.
 */
public final class MarkdownReportWriter extends ReportDocument {

    private MarkdownReportWriter() {
    }

    /** Return the report as a Markdown document. */
    public static String write(AnnualReport report) {
        return new MarkdownReportWriter().document(report);
    }

    /** Return a roll-up as a Markdown document: the summed report, then the breakdown by agency. */
    public static String write(RollupReport rollup) {
        return new MarkdownReportWriter().document(rollup);
    }

    @Override
    void begin(AnnualReport report) {
        out.append("# ").append(report.title()).append("\n\n");
    }

    @Override
    void heading(String heading) {
        out.append("## ").append(heading).append("\n\n");
    }

    @Override
    void prose(String text) {
        if (text != null && !text.isBlank()) {
            out.append(text.strip()).append("\n\n");
        }
    }

    @Override
    void table2(Table2 table) {
        out.append("**").append(Table2.ARTICLE_20_ITEM_1).append("**\n\n");
        row(Table2.CONTENT, Table2.ISSUED, Table2.REPEALED, Table2.IN_FORCE);
        rule(4);
        documents(Table2.RULE, table.rules());
        documents(Table2.NORMATIVE_DOCUMENT, table.normativeDocuments());
        item(Table2.ARTICLE_20_ITEM_5, Table2.DECISIONS);
        row(Table2.LICENSING, TableLayout.figure(table.licensing()));
        item(Table2.ARTICLE_20_ITEM_6, Table2.DECISIONS);
        row(Table2.PENALTY, TableLayout.figure(table.penalty()));
        row(Table2.COERCION, TableLayout.figure(table.coercion()));
        item(Table2.ARTICLE_20_ITEM_8, Table2.FEE_AMOUNT);
        row(Table2.FEES, TableLayout.figure(table.feesWanYuan()));
        out.append('\n');
    }

    private void item(String item, String column) {
        out.append("\n**").append(item).append("**\n\n");
        row(Table2.CONTENT, column);
        rule(2);
    }

    private void documents(String label, Table2.DocumentCounts counts) {
        row(label, TableLayout.figure(counts.issued()), TableLayout.figure(counts.repealed()),
                TableLayout.figure(counts.inForce()));
    }

    @Override
    void table3(AnnualReport report) {
        out.append("申请人情况：自然人；法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）；总计。\n\n");
        List<String> header = new ArrayList<>(List.of(Table3Row.BALANCE_NOTE, "", ""));
        for (ApplicantColumn column : ApplicantColumn.values()) {
            header.add(column.label());
        }
        row(header.toArray(String[]::new));
        rule(header.size());
        List<Table3Row> rows = TableLayout.rows(report);
        List<List<TableLayout.LabelCell>> labels = TableLayout.labels(report);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            int starting = labels.get(i).stream().mapToInt(TableLayout.LabelCell::colspan).sum();
            cells.addAll(Collections.nCopies(TableLayout.LABEL_COLUMNS - starting, ""));
            for (TableLayout.LabelCell label : labels.get(i)) {
                cells.add(label.text());
                cells.addAll(Collections.nCopies(label.colspan() - 1, ""));
            }
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cells.add(TableLayout.figure(report.table3().cell(rows.get(i), column)));
            }
            row(cells.toArray(String[]::new));
        }
        out.append('\n');
    }

    @Override
    void table4(Table4 table) {
        List<String> groups = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (AppealKind kind : AppealKind.values()) {
            String group = kind == AppealKind.REVIEW ? Table4.REVIEW_HEADER
                    : Table4.LITIGATION_HEADER + "·" + kind.label();
            groups.add(group);
            groups.addAll(Collections.nCopies(Table4Column.values().length - 1, ""));
            for (Table4Column column : Table4Column.values()) {
                columns.add(column.label());
                figures.add(TableLayout.figure(table.cell(kind, column)));
            }
        }
        row(groups.toArray(String[]::new));
        rule(groups.size());
        row(columns.toArray(String[]::new));
        row(figures.toArray(String[]::new));
        out.append('\n');
    }

    @Override
    void findings(List<Finding> findings) {
        out.append("## 校验发现的问题\n\n");
        for (Finding finding : findings) {
            out.append("- ").append(finding.severity().label()).append("：").append(finding.message()).append('\n');
        }
        out.append('\n');
    }

    @Override
    void breakdown(List<AnnualReport> reports) {
        out.append("## ").append(Breakdown.HEADING).append("\n\n");
        row(Breakdown.COLUMNS.toArray(String[]::new));
        rule(Breakdown.COLUMNS.size());
        for (AnnualReport report : reports) {
            row(Breakdown.row(report).toArray(String[]::new));
        }
        out.append('\n');
    }

    private void row(String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }

    private void rule(int columns) {
        out.append('|');
        out.append("---|".repeat(columns));
        out.append('\n');
    }
}
