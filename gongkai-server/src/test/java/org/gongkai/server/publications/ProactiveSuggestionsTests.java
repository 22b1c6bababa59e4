package org.gongkai.server.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.server.store.Fixtures.CLERK;
import static org.gongkai.server.store.Fixtures.OTHER_CLERK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.PublicationKind;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.request.RequestState;
import org.gongkai.server.Assembly;
import org.gongkai.server.audit.AuditEntry;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.ReplyInformation;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StatedLetters;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProactiveSuggestionsTests extends DatabaseTests {

    private static final Applicant OUYANG = new Applicant("欧阳明远", "000000199001011234", null, null);
    private static final Applicant OUYANG_AGAIN = new Applicant("欧阳 明远", "000000199001011234", "10000001234", null);
    private static final Applicant SIMA = new Applicant("司马光明", "000000198001015678", null, null);
    private static final Applicant COMPANY = new Applicant("测试市示例科技有限公司", null, null, null);
    private static final ReplyInformation APPROVAL = info("测发改〔2025〕3号", "关于某道路改造工程立项的批复");

    private Assembly services;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.of(db);
    }

    private static ReplyInformation info(String documentNumber, String title) {
        return ReplyInformation.of(documentNumber, title).orElseThrow();
    }

    private String closed(Actor clerk, Applicant applicant, LocalDate on, Outcome outcome, ReplyInformation... given) {
        String id = services.requests.register(clerk, new RequestService.Submission(null, clerk.agency(),
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(on.minusDays(10)), Optional.empty(), Optional.empty()), applicant,
                "申请公开某道路改造工程立项批复")).request().request().id();
        services.requests.close(clerk, StatedLetters.ref(id, 1), on, outcome, List.of(given));
        return id;
    }

    private List<ProactiveSuggestions.Suggestion> suggestions(Actor actor) {
        return services.suggestions.forAgency(actor, actor.agency());
    }

    @Test
    void closingWithInformationGivenStoresEachPieceAndAuditsIt() {
        ReplyInformation budget = info(null, "2025年部门预算");
        String id = closed(CLERK, OUYANG, LocalDate.of(2025, 5, 20), Outcome.PARTIALLY_DISCLOSED, APPROVAL, budget);

        assertThat(services.informationGiven.byRequest(id)).containsExactly(APPROVAL, budget);
        assertThat(services.requests.get(id).projection().outcome()).contains(Outcome.PARTIALLY_DISCLOSED);
        assertThat(services.audit.about(id)).filteredOn(e -> e.action().equals("REQUEST_INFORMATION_GIVEN"))
                .extracting(AuditEntry::detail)
                .containsExactly("答复提供了 关于某道路改造工程立项的批复（测发改〔2025〕3号）", "答复提供了 2025年部门预算");
        assertThat(services.audit.verify()).isEmpty();
    }

    @Test
    void aReplyThatGivesNoInformationCannotNameAnyAndNothingIsRecorded() {
        String id = services.requests.register(CLERK, new RequestService.Submission(null, Fixtures.AGENCY,
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(LocalDate.of(2025, 5, 6)), Optional.empty(), Optional.empty()), OUYANG,
                "申请公开某会议纪要")).request().request().id();

        assertThatThrownBy(() -> services.requests.close(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 20),
                Outcome.WITHHELD_PROCESS_INFORMATION, List.of(APPROVAL)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("予以公开");
        assertThat(services.requests.get(id).projection().state()).isNotIn(RequestState.CLOSED_ON_TIME, RequestState.CLOSED_LATE);
        assertThat(services.informationGiven.byRequest(id)).isEmpty();
        assertThatThrownBy(() -> ReplyInformation.of(" ", null).orElseThrow()).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> new ReplyInformation(Optional.of(" "), Optional.empty())).isInstanceOf(RefusedException.class);
    }

    @Test
    void theCloseAndTheInformationGivenAreOneTransaction() {
        String id = services.requests.register(CLERK, new RequestService.Submission(null, Fixtures.AGENCY,
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(LocalDate.of(2025, 5, 6)), Optional.empty(), Optional.empty()), OUYANG,
                "申请公开某项目批复")).request().request().id();
        ReplyInformation tooLong = info(null, "批".repeat(1001));

        assertThatThrownBy(() -> services.requests.close(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 20),
                Outcome.DISCLOSED, List.of(APPROVAL, tooLong))).isInstanceOf(RuntimeException.class);
        assertThat(services.requests.get(id).version()).as("the close was rolled back").isEqualTo(1);
        assertThat(services.informationGiven.byRequest(id)).isEmpty();
    }

    @Test
    void oneApplicantAskingTwiceCountsOnceAndASecondApplicantMakesASuggestion() {
        String first = closed(CLERK, OUYANG, LocalDate.of(2025, 5, 12), Outcome.DISCLOSED, APPROVAL);
        String again = closed(CLERK, OUYANG_AGAIN, LocalDate.of(2025, 5, 14), Outcome.DISCLOSED, info("测发改〔2025〕3号", null));
        assertThat(suggestions(CLERK)).as("the same ID number is one applicant").isEmpty();

        String second = closed(CLERK, SIMA, LocalDate.of(2025, 5, 20), Outcome.PARTIALLY_DISCLOSED,
                info("测发改[2025] 3号", null));
        assertThat(suggestions(CLERK)).singleElement().satisfies(s -> {
            assertThat(s.suggestion().applicants()).isEqualTo(2);
            assertThat(s.suggestion().requestIds()).containsExactly(first, again, second);
            assertThat(s.suggestion().lastGivenOn()).isEqualTo(LocalDate.of(2025, 5, 20));
            assertThat(s.documentNumber()).contains("测发改[2025] 3号");
            assertThat(s.title()).contains("关于某道路改造工程立项的批复");
            assertThat(s.label()).isEqualTo("关于某道路改造工程立项的批复（测发改[2025] 3号）");
        });
    }

    @Test
    void applicantsWithoutAnIdNumberAreToldApartByName() {
        ReplyInformation plan = info(null, "2025年道路养护计划");
        closed(CLERK, COMPANY, LocalDate.of(2025, 5, 12), Outcome.DISCLOSED, plan);
        closed(CLERK, new Applicant("测试市示例科技有限公司", null, "10000009999", null), LocalDate.of(2025, 5, 13),
                Outcome.DISCLOSED, plan);
        assertThat(suggestions(CLERK)).isEmpty();

        closed(CLERK, SIMA, LocalDate.of(2025, 5, 14), Outcome.DISCLOSED, info(null, "2025年道路养护计划 "));
        assertThat(suggestions(CLERK)).singleElement()
                .satisfies(s -> assertThat(s.suggestion().applicants()).isEqualTo(2));
    }

    @Test
    void anotherAgencysRepliesNeitherCountNorShow() {
        closed(CLERK, OUYANG, LocalDate.of(2025, 5, 12), Outcome.DISCLOSED, APPROVAL);
        closed(OTHER_CLERK, SIMA, LocalDate.of(2025, 5, 13), Outcome.DISCLOSED, APPROVAL);
        assertThat(suggestions(CLERK)).isEmpty();
        assertThat(suggestions(OTHER_CLERK)).isEmpty();
        assertThatThrownBy(() -> services.suggestions.forAgency(OTHER_CLERK, Fixtures.AGENCY))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void aSuggestionDisappearsOnceAnItemWithThatDocumentNumberIsPublished() {
        closed(CLERK, OUYANG, LocalDate.of(2025, 5, 12), Outcome.DISCLOSED, APPROVAL);
        closed(CLERK, SIMA, LocalDate.of(2025, 5, 13), Outcome.DISCLOSED, APPROVAL);
        String key = suggestions(CLERK).get(0).suggestion().informationKey();
        assertThat(services.suggestions.find(CLERK, Fixtures.AGENCY, key)).isPresent();

        services.publications.publish(CLERK, new PublicationService.NewPublication(Fixtures.AGENCY, PublicationKind.OTHER,
                "关于某道路改造工程立项的批复", Optional.of("测发改（2025）3号"), 10, LocalDate.of(2025, 5, 8),
                LocalDate.of(2025, 5, 30), Optional.empty(), null));

        assertThat(suggestions(CLERK)).isEmpty();
        assertThat(services.suggestions.find(CLERK, Fixtures.AGENCY, key)).isEmpty();
    }
}
