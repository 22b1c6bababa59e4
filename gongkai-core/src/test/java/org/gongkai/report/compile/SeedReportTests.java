package org.gongkai.report.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.json.Json;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ReportSection;
import org.gongkai.report.render.ReportJson;
import org.gongkai.report.rules.ReportRules;
import org.junit.jupiter.api.Test;

/**
 * The seed: 上海市人民政府合作交流办公室's published 2025 report. A dataset holding the facts the report
 * states must compile to every cell of 表二, 表三 and 表四 as printed, with no finding.
 */
class SeedReportTests {

    private static final String AGENCY = "SH-HZB";

    private final AnnualReport compiled =
            ReportCompiler.of(DatasetReader.read(resource("seed-2025-sh-hzb.gongkai.json"))).compile(AGENCY, 2025);

    @Test
    void compilingTheSeedDatasetGivesEveryPrintedCellAndNoFinding() {
        AnnualReport printed = ReportJson.read(resource("seed-2025-shanghai-hzb.truth.json"));

        assertThat(compiled.table2()).isEqualTo(printed.table2());
        assertThat(compiled.table3()).isEqualTo(printed.table3());
        assertThat(compiled.table4()).isEqualTo(printed.table4());
        assertThat(compiled.table3().isComplete()).isTrue();
        assertThat(compiled.agencyName()).isEqualTo(printed.agencyName());
        assertThat(compiled.format()).isEqualTo(printed.format());
        assertThat(compiled.findings()).isEmpty();
    }

    @Test
    void theCompiledJsonHasTheTruthFilesShapeAndFiguresCharacterForCharacter() {
        Map<?, ?> truth = (Map<?, ?>) Json.parse(resource("seed-2025-shanghai-hzb.truth.json"));
        Map<?, ?> json = (Map<?, ?>) Json.parse(ReportJson.write(compiled));

        for (String key : new String[] {"agency", "year", "format", "table2", "table3", "table4"}) {
            assertThat(json.get(key)).as(key).isEqualTo(truth.get(key));
        }
        assertThat(json.get("agencyCode")).isEqualTo(AGENCY);
        assertThat(json.get("findings")).asList().isEmpty();
    }

    @Test
    void sectionOneGetsTheSeedsFiguresAndThePublishedProseAgreesWithTheTables() {
        OverviewFigures figures = ReportCompiler.of(DatasetReader.read(resource("seed-2025-sh-hzb.gongkai.json")))
                .overview(AGENCY, 2025);
        assertThat(figures.publicationsPublished()).isEqualTo(96);
        assertThat(figures.requestsReceived()).isEqualTo(2);
        assertThat(figures.requestsClosed()).isEqualTo(2);
        assertThat(figures.reviews() + figures.lawsuits()).isZero();

        String text = resource("seed-2025-shanghai-hzb.txt");
        String overview = text.substring(text.indexOf("一、总体情况") + 6, text.indexOf("二、主动公开政府信息情况"));
        AnnualReport withPublishedProse = compiled.withProse(ReportSection.OVERVIEW, overview);
        assertThat(overview).contains("全年办理依申请公开 2 件", "共计 96 件");
        assertThat(ReportRules.check(withPublishedProse)).isEmpty();
        assertThat(ReportRules.check(
                compiled.withProse(ReportSection.OVERVIEW, overview.replace("依申请公开 2 件", "依申请公开 3 件"))))
                .singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("prose.figures"));
    }

    static String resource(String name) {
        try (InputStream in = SeedReportTests.class.getResourceAsStream("/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
