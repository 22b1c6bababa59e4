package org.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.api.Test;

/** The seed report (the agency's 2025 report kept as a sample): every cell right, despite its missing group label, page break and garbled 表四. */
class SeedReadingTests {

    private static final Path SEED = SampleReports.seed();

    private final ReadReport read = ReportReader.readText(SampleReports.read(SEED));

    @Test
    void everyCellOfTheSeedIsRecovered() {
        ReadAccuracy accuracy = ReadAccuracy.of(SampleReports.truth(SEED), read.report());

        assertThat(accuracy.isExact()).as(accuracy.toString()).isTrue();
        assertThat(read.unread()).isEmpty();
    }

    @Test
    void agencyYearAndFormatComeFromTheTitleAndTable3() {
        assertThat(read.report().agencyName()).isEqualTo("上海市人民政府合作交流办公室");
        assertThat(read.report().year()).isEqualTo(2025);
        assertThat(read.report().format()).isEqualTo(ReportFormat.FORMAT_2021);
    }

    @Test
    void theSeedHasNoStructuralError() {
        assertThat(read.findings()).noneMatch(f -> f.isError());
    }

    @Test
    void rowsAfterThePageBreakAreAlignedByTheirSumsAndSaySo() {
        CellSource other = read.sources().get(CellRef.table3(Table3Row.OTHER, ApplicantColumn.TOTAL));
        assertThat(other.confidence()).isEqualTo(Confidence.INFERRED);
        assertThat(other.reason()).contains("多于格数");
        assertThat(other.where()).startsWith("第65行");
    }

    @Test
    void theShortCarriedForwardRowIsInferredFromTheBalance() {
        CellSource forward = read.sources().get(CellRef.table3(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON));
        assertThat(forward.confidence()).isEqualTo(Confidence.INFERRED);
        assertThat(read.report().table3().get(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON)).hasValue(0);
    }

    @Test
    void aCellReadAsPrintedNamesItsLineAndCell() {
        CellSource fresh = read.sources().get(CellRef.table3(Table3Row.NEW, ApplicantColumn.NATURAL_PERSON));
        assertThat(fresh).isEqualTo(new CellSource(Confidence.READ, "第42行第3格", "2", ""));
    }
}
