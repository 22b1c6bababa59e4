package org.gongkai.server.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.read.CellRef;
import org.gongkai.report.read.Confidence;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** HTML tables keep their blank cells in place, so blanks are told apart from figures lost in extraction. */
class HtmlReportSourceTests {

    private final ReadReport shanghai = read("shanghai-govoffice-2019-format2019.html");

    @Test
    void aCellSpanningColumnsIsGivenOnceAndBlankCellsKeepTheirPlace() {
        SourceDocument document = HtmlReportSource.of("<p>二、主动公开</p><table><tr><td rowspan=2>规章</td>"
                + "<td colspan=2>13</td><td>&nbsp;</td><td>524</td></tr></table><p>下文</p>");

        List<List<String>> rows = document.rows().stream()
                .map(row -> row.stream().map(SourceDocument.Cell::text).toList()).toList();
        assertThat(rows).containsExactly(List.of("二、主动公开"), List.of("规章", "13", "", "524"), List.of("下文"));
        assertThat(document.rows().get(1).get(3).where()).isEqualTo("表格1第1行第4格");
    }

    @Test
    void the2019ShanghaiPageReadsAs2019WithItsSingleOtherRow() {
        assertThat(shanghai.report().format()).isEqualTo(ReportFormat.FORMAT_2019);
        assertThat(shanghai.report().table3().get(Table3Row.OTHER, ApplicantColumn.NATURAL_PERSON)).hasValue(0);
        assertThat(shanghai.sources()).doesNotContainKey(
                CellRef.table3(Table3Row.OTHER_NO_CLARIFICATION, ApplicantColumn.NATURAL_PERSON));
    }

    @Test
    void blankApplicantCellsThatTheSumsAgreeWithAreZero() {
        var cell = CellRef.table3(Table3Row.NEW, ApplicantColumn.RESEARCH_INSTITUTION);
        assertThat(shanghai.sources().get(cell).confidence()).isEqualTo(Confidence.BLANK_AS_ZERO);
        assertThat(shanghai.report().table3().get(Table3Row.NEW, ApplicantColumn.RESEARCH_INSTITUTION)).hasValue(0);
    }

    @Test
    void theBlankTotalColumnOfTheResultRowsIsUnreadAndAnError() {
        var cell = CellRef.table3(Table3Row.DISCLOSED, ApplicantColumn.TOTAL);
        assertThat(shanghai.sources().get(cell).confidence()).isEqualTo(Confidence.MISSING);
        assertThat(shanghai.report().table3().get(Table3Row.WITHHELD_PROHIBITED_BY_LAW, ApplicantColumn.TOTAL)).isEmpty();
        assertThat(shanghai.findings()).filteredOn(f -> f.rule().equals("read.blankCells"))
                .singleElement().satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.cells()).hasSize(19).contains(cell.name());
                });
    }

    @Test
    void aTable4GroupPrintedAllBlankIsZero() {
        assertThat(shanghai.report().table4().get(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL)).hasValue(0);
        assertThat(shanghai.report().table4().get(AppealKind.REVIEW, Table4Column.PENDING)).hasValue(2);
    }

    private static ReadReport read(String sample) {
        try {
            return ReportFiles.read(Samples.folder().resolve(sample));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
