package org.gongkai.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.dataset.Dataset;
import org.gongkai.publication.PublicationKind;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestState;
import org.gongkai.server.Assembly;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseKind;
import org.gongkai.server.store.TestDatabases;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataTests {

    @ParameterizedTest(name = "first start on {0}")
    @ValueSource(strings = {"2026-02-20", "2027-03-15"})
    void demoLoadsOnAnyFirstDayWithTheSeedAgencyAndEveryState(String day) {
        LocalDate today = LocalDate.parse(day);
        try (Database db = TestDatabases.fresh(DatabaseKind.H2)) {
            Assembly services = TestServices.on(db, today);
            assertThat(TestServices.demoData(services, db, DemoData.REQUESTS_PER_AGENCY).loadIfEmpty()).isTrue();
            assertThat(TestServices.demoData(services, db, DemoData.REQUESTS_PER_AGENCY).loadIfEmpty()).isFalse();

            Dataset data = services.export.export();
            var seed = data.requests().stream().filter(r -> r.agency().equals(DemoData.SEED_AGENCY)).toList();
            assertThat(seed).extracting(r -> r.outcome().orElseThrow())
                    .containsExactly(Outcome.UNAVAILABLE_NOT_HELD, Outcome.OTHER);
            assertThat(seed).allSatisfy(r -> assertThat(r.receivedOn().getYear()).isEqualTo(2025));
            assertThat(seed).extracting(r -> r.events().get(r.events().size() - 1).type())
                    .containsExactly("CLOSED", "WITHDRAWN");
            var seedPublications = data.publications().stream().filter(p -> p.agency().equals(DemoData.SEED_AGENCY))
                    .toList();
            assertThat(seedPublications).filteredOn(p -> p.publishedOn().getYear() == 2025).hasSize(96);
            assertThat(seedPublications).filteredOn(p -> p.kind() == PublicationKind.NORMATIVE_DOCUMENT)
                    .hasSize(2).allSatisfy(p -> {
                        assertThat(p.issuedOn().getYear()).isLessThan(2025);
                        assertThat(p.inForceOn(LocalDate.of(2025, 12, 31))).isTrue();
                    });
            assertThat(seedPublications).filteredOn(p -> p.kind() == PublicationKind.NORMATIVE_DOCUMENT).allSatisfy(p -> {
                assertThat(services.publicationRepository.details(p.id()).body()).startsWith("各有关单位：");
                assertThat(services.publicationFiles.ofPublication(p.id())).singleElement()
                        .satisfies(f -> assertThat(f.text().replace(" ", "")).contains("第三条", "演示数据"));
            });
            assertThat(data.appeals()).noneMatch(a -> a.agency().equals(DemoData.SEED_AGENCY));

            assertThat(data.agencies()).hasSize(7);
            assertThat(data.agencies()).filteredOn(a -> a.parent().isPresent()).hasSize(5);
            Set<RequestState> states = EnumSet.noneOf(RequestState.class);
            for (DisclosureRequest r : data.requests()) {
                states.add(services.requests.get(r.id()).projection().stateOn(today));
            }
            assertThat(states).containsExactlyInAnyOrder(RequestState.values());
            assertThat(services.audit.verify()).isEmpty();
            assertThat(services.users.actor("registrar-jl-jyj").orElseThrow().roles()).containsExactly(Role.REGISTRAR);
            assertThat(services.users.actor("handler-jl-jyj").orElseThrow().roles()).containsExactly(Role.HANDLER);
            assertThat(services.users.actor("head-jl-jyj").orElseThrow().roles())
                    .containsExactlyInAnyOrder(Role.HANDLER, Role.APPROVER);
        }
    }
}
