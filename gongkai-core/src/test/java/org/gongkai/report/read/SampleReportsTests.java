package org.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real published report kept with the tests (plain text) reads as its hand-read truth file says.
 *
 * <p>Decision on unknowns: where the truth has {@code null} (no certain reading), the reader must not claim a
 * figure. Where the truth knows a figure, the reader must have that figure or leave the cell unread with a
 * reason (it may not read it otherwise); at most 2% of a sample's known cells may stay unread, for digit runs
 * whose split no sum decides (pingtan's 表二 {@code 77132470}).
 */
class SampleReportsTests {

    static List<Path> textSamples() {
        return SampleReports.inputs("txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textSamples")
    void sampleReadsAsItsTruthFileSays(Path sample) {
        ReadReport read = ReportReader.readText(SampleReports.read(sample));
        ReadAccuracy accuracy = ReadAccuracy.of(SampleReports.truth(sample), read.report());

        assertThat(read.report().format()).isEqualTo(SampleReports.format(sample));
        assertThat(accuracy.wrong()).as("cells read with another figure").isEmpty();
        assertThat(accuracy.claimed()).as("cells claimed where the truth has no certain figure").isEmpty();
        assertThat(accuracy.unread().size()).as("cells left unread: " + accuracy.unread())
                .isLessThanOrEqualTo(accuracy.known() / 50);
        for (String cell : accuracy.unread()) {
            assertThat(read.sources().get(new CellRef(cell)).reason()).as(cell).isNotBlank();
        }
    }

    /**
     * The errors a sample's truth file lists as printed are what the check reports: one error finding or one
     * prose contradiction each (prose findings are warnings, being read from free text), and nothing else.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textSamples")
    void checkReportsExactlyTheErrorsAsPrinted(Path sample) {
        List<Finding> findings = ReportCheck.check(ReportReader.readText(SampleReports.read(sample)));

        List<Finding> reported = findings.stream()
                .filter(f -> f.isError() || f.rule().startsWith("prose.")).toList();
        assertThat(reported).as(findings.toString()).hasSameSizeAs(SampleReports.errorsAsPrinted(sample));
    }
}
