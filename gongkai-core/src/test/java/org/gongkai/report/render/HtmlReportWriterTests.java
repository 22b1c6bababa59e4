package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTests {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd]([^>]*)>");
    private static final Pattern SPAN = Pattern.compile("(row|col)span=\"(\\d+)\"");

    static AnnualReport report(ReportFormat format) {
        Table3 table3 = Table3.zero().with(Table3Row.NEW, ApplicantColumn.NATURAL_PERSON, 7);
        return new AnnualReport("A", "某某局", 2025, format, Map.of(ReportSection.OVERVIEW, "第一段。\n第二段 <b>"),
                Table2.unknown(), table3, Table4.zero(), List.of());
    }

    @Test
    void table3HasTheOfficialMergedHeaderAndEveryRowFillsTenColumns() {
        String html = HtmlReportWriter.write(report(ReportFormat.FORMAT_2021));
        String table3 = section(html, "table3");

        assertThat(table3).contains("<td class=\"note\" rowspan=\"3\" colspan=\"3\">" + Table3Row.BALANCE_NOTE + "</td>")
                .contains("<th colspan=\"7\">申请人情况</th>")
                .contains("<th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th>")
                .contains("rowspan=\"22\">三、本年度办理结果</td>")
                .contains("rowspan=\"8\">（三）不予公开</td>")
                .contains("rowspan=\"3\">（六）其他处理</td>")
                .contains("<td class=\"label\" colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>7</td>");
        for (Table3Row row : Table3Row.values()) {
            assertThat(table3).contains(">" + row.label() + "</td>");
        }
        assertThat(columnsPerRow(table3)).hasSize(28).containsOnly(10);
    }

    @Test
    void format2019HasOneOtherRowAndTwentyResultRows() {
        String table3 = section(HtmlReportWriter.write(report(ReportFormat.FORMAT_2019)), "table3");

        assertThat(table3).contains("rowspan=\"20\">三、本年度办理结果</td>")
                .contains("<td class=\"label\" colspan=\"2\">（六）其他处理</td>")
                .doesNotContain(Table3Row.OTHER_FEE_UNPAID.label());
        assertThat(columnsPerRow(table3)).hasSize(26).containsOnly(10);
    }

    @Test
    void table4HasItsGroupsOverFifteenColumnsAndTable2ItsFourItems() {
        String html = HtmlReportWriter.write(report(ReportFormat.FORMAT_2021));

        assertThat(section(html, "table4")).contains("<th colspan=\"5\" rowspan=\"2\">行政复议</th><th colspan=\"10\">行政诉讼</th>")
                .contains("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th>");
        assertThat(columnsPerRow(section(html, "table4"))).containsExactly(15, 15, 15, 15);
        assertThat(section(html, "table2")).contains(Table2.ARTICLE_20_ITEM_1, Table2.ARTICLE_20_ITEM_5,
                Table2.ARTICLE_20_ITEM_6, Table2.ARTICLE_20_ITEM_8, Table2.FEE_AMOUNT, Table2.NORMATIVE_DOCUMENT);
        assertThat(columnsPerRow(section(html, "table2"))).containsOnly(4);
    }

    @Test
    void proseIsEscapedAndSplitIntoParagraphsUnderTheSixHeadings() {
        String html = HtmlReportWriter.write(report(ReportFormat.FORMAT_2021));

        assertThat(html).contains("<title>某某局2025年政府信息公开工作年度报告</title>")
                .contains("<p>第一段。</p>\n<p>第二段 &lt;b&gt;</p>").contains("@media print");
        for (ReportSection section : ReportSection.values()) {
            assertThat(html).contains("<h2>" + section.heading() + "</h2>");
        }
    }

    private static String section(String html, String tableClass) {
        int start = html.indexOf("<table class=\"" + tableClass + "\">");
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** Return, for each row, how many grid columns it covers, counting the cells still spanning from rows above. */
    private static List<Integer> columnsPerRow(String table) {
        List<Integer> widths = new ArrayList<>();
        List<int[]> pending = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            int width = 0;
            List<int[]> next = new ArrayList<>();
            for (int[] span : pending) {
                width += span[0];
                if (span[1] > 1) {
                    next.add(new int[] {span[0], span[1] - 1});
                }
            }
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                int cols = 1;
                int rows = 1;
                Matcher span = SPAN.matcher(cell.group(1));
                while (span.find()) {
                    if (span.group(1).equals("col")) {
                        cols = Integer.parseInt(span.group(2));
                    } else {
                        rows = Integer.parseInt(span.group(2));
                    }
                }
                width += cols;
                if (rows > 1) {
                    next.add(new int[] {cols, rows - 1});
                }
            }
            widths.add(width);
            pending = next;
        }
        return widths;
    }
}
