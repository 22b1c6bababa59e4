package org.gongkai.server.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.json.Json;
import org.gongkai.report.Finding;
import org.gongkai.report.read.ReadAccuracy;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.read.ReportCheck;
import org.gongkai.report.render.ReportJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real published page among the samples (HTML, PDF) reads as its hand-read truth file says, and its
 * check reports exactly the errors the truth lists as printed. The plain-text samples are read in the core's
 * own test; the rules on unknown cells are the same (see gongkai-core SampleReportsTests).
 */
class PageSampleReportsTests {

    static List<Path> pageSamples() throws IOException {
        try (Stream<Path> files = Files.list(Samples.folder())) {
            return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageSamples")
    void pageReadsAsItsTruthFileSaysAndChecksAsPrinted(Path sample) throws IOException {
        String name = sample.getFileName().toString();
        Path truthFile = sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
        String truth = Files.readString(truthFile);

        ReadReport read = ReportFiles.read(sample);
        ReadAccuracy accuracy = ReadAccuracy.of(ReportJson.read(truth), read.report());
        List<Finding> findings = ReportCheck.check(read);

        assertThat(accuracy.wrong()).isEmpty();
        assertThat(accuracy.claimed()).isEmpty();
        assertThat(accuracy.unread().size()).as(accuracy.unread().toString()).isLessThanOrEqualTo(accuracy.known() / 50);
        Object printed = ((Map<?, ?>) Json.parse(truth)).get("errorsAsPrinted");
        assertThat(findings.stream().filter(f -> f.isError() || f.rule().startsWith("prose.")).toList())
                .as(findings.toString()).hasSize(printed == null ? 0 : ((List<?>) printed).size());
    }
}
