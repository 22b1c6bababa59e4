package org.gongkai.bench.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.read.ReadAccuracy;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.read.ReportCheck;
import org.gongkai.report.read.ReportReader;
import org.junit.jupiter.api.Test;

/**
 * 1,000 generated reports, written by the HTML and Markdown writers and degraded as published ones are: the
 * reader recovers every cell as printed, and the check finds every injected error (an error finding naming
 * the changed cell) and raises no error anywhere else.
 */
class PublishedReportCorpusTests {

    private static final long SEED = 20_260_129L;
    private static final int REPORTS = 1_000;

    @Test
    void everyCellIsRecoveredAndEveryInjectedErrorFoundWithNoOtherError() {
        List<String> problems = new ArrayList<>();
        int injected = 0;
        int found = 0;
        int falseAlarms = 0;
        for (PublishedReportCorpus.Entry entry : PublishedReportCorpus.generate(SEED, REPORTS)) {
            ReadReport read = ReportReader.readText(entry.text());
            ReadAccuracy accuracy = ReadAccuracy.of(entry.printed(), read.report());
            if (!accuracy.isExact()) {
                problems.add(entry.writer() + " not recovered: " + accuracy);
            }
            List<Finding> errors = ReportCheck.check(read).stream().filter(Finding::isError).toList();
            if (entry.injected() == null) {
                falseAlarms += errors.isEmpty() ? 0 : 1;
                if (!errors.isEmpty()) {
                    problems.add(entry.writer() + " clean report flagged: " + errors);
                }
                continue;
            }
            injected++;
            boolean named = !errors.isEmpty() && errors.stream().allMatch(f -> f.cells().contains(entry.injected().name()));
            found += named ? 1 : 0;
            if (!named) {
                problems.add(entry.writer() + " injected " + entry.injected() + " but found " + errors);
            }
        }
        assertThat(injected).isEqualTo(REPORTS / 2);
        assertThat(found).isEqualTo(injected);
        assertThat(falseAlarms).isZero();
        assertThat(problems).isEmpty();
    }

    @Test
    void theCorpusIsReallyDegraded() {
        List<PublishedReportCorpus.Entry> corpus = PublishedReportCorpus.generate(SEED, 20);

        assertThat(corpus).allSatisfy(e -> assertThat(e.text()).contains("\t").doesNotContain("<td>", "| "));
        assertThat(corpus).anySatisfy(e -> assertThat(e.text()).doesNotContain("（三）不予公开"));
        assertThat(corpus).allSatisfy(e -> assertThat(e.text()).containsPattern("\n— \\d —\n"));
        assertThat(corpus).extracting(PublishedReportCorpus.Entry::writer).contains("html", "markdown");
    }
}
