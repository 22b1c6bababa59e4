package org.gongkai.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.agency.Agency;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.dataset.DatasetWriter;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestEvent;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTests {

    private static final GeneratorSettings SMALL = new GeneratorSettings(42L, 300, 20_000, 2023, 3);

    private final Dataset dataset = DatasetGenerator.generate(SMALL);

    @Test
    void theSameSettingsGiveTheSameDatasetAndAnotherSeedAnother() {
        assertThat(DatasetGenerator.generate(SMALL)).isEqualTo(dataset);
        assertThat(DatasetGenerator.generate(new GeneratorSettings(43L, 300, 20_000, 2023, 3)).requests())
                .isNotEqualTo(dataset.requests());
    }

    @Test
    void itMakesTheCountsAskedForWithReceiptsSpreadOverTheYears() {
        assertThat(dataset.agencies()).hasSize(300);
        assertThat(dataset.requests()).hasSize(20_000);
        Map<Integer, Long> perYear = dataset.requests().stream()
                .collect(Collectors.groupingBy(r -> r.receivedOn().getYear(), Collectors.counting()));
        assertThat(perYear.keySet()).containsExactlyInAnyOrder(2023, 2024, 2025);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween(6_000L, 7_400L));
        assertThat(dataset.requests().stream().filter(r -> r.finishedOn().isEmpty()).count()).isBetween(1L, 2_000L);
        assertThat(dataset.appeals()).isNotEmpty();
        assertThat(dataset.decisionCounts()).hasSize(900);
    }

    @Test
    void theHierarchyHasOneTopAndEveryAgencyBelowIt() {
        assertThat(dataset.agencies().stream().filter(a -> a.parent().isEmpty()).map(Agency::code))
                .containsExactly(DatasetGenerator.agencyCode(0));
        ReportCompiler compiler = ReportCompiler.of(dataset);
        assertThat(compiler.descendantsOf(DatasetGenerator.agencyCode(0))).hasSize(299).doesNotHaveDuplicates();
    }

    @Test
    void everyHistoryIsLegalAndTheDatasetReadsBackEqual() {
        for (DisclosureRequest request : dataset.requests()) {
            assertLegal(request);
        }
        assertThat(DatasetReader.read(DatasetWriter.write(dataset))).isEqualTo(dataset);
    }

    @Test
    void everyReportOfTheMiddleYearBalancesWithNoFinding() {
        ReportCompiler compiler = ReportCompiler.of(dataset);
        for (AnnualReport report : compiler.compileAll(SMALL.middleYear()).values()) {
            assertThat(report.findings()).as(report.agencyCode()).isEmpty();
        }
    }

    /** Check the rules of interchange.md "Request events" that a history alone decides. */
    private static void assertLegal(DisclosureRequest request) {
        List<RequestEvent> events = request.events();
        assertThat(events.get(0)).isInstanceOf(RequestEvent.Received.class);
        Set<Class<?>> seen = new HashSet<>();
        boolean consulting = false;
        boolean clarifying = false;
        LocalDate previous = events.get(0).on();
        for (int i = 1; i < events.size(); i++) {
            RequestEvent event = events.get(i);
            assertThat(event.on()).as(request.id()).isAfterOrEqualTo(previous);
            assertThat(events.get(i - 1)).isNotInstanceOfAny(RequestEvent.Closed.class, RequestEvent.Withdrawn.class);
            assertThat(event).isNotInstanceOf(RequestEvent.Received.class);
            if (event instanceof RequestEvent.ClarificationRequested) {
                assertThat(event.on()).isBeforeOrEqualTo(request.receivedOn().plusDays(7));
                clarifying = true;
            }
            if (event instanceof RequestEvent.ClarificationReceived) {
                assertThat(clarifying).as(request.id()).isTrue();
                clarifying = false;
            }
            if (event instanceof RequestEvent.ConsultationStarted) {
                consulting = true;
            }
            if (event instanceof RequestEvent.ConsultationEnded) {
                assertThat(consulting).as(request.id()).isTrue();
                consulting = false;
            }
            if (event instanceof RequestEvent.Extended extended) {
                assertThat(seen.add(RequestEvent.Extended.class)).as(request.id()).isTrue();
                assertThat(extended.workingDays()).isBetween(1, 20);
            }
            previous = event.on();
        }
        assertThat(clarifying || consulting).as(request.id()).isFalse();
    }
}
