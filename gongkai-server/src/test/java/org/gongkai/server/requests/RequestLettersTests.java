package org.gongkai.server.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.server.store.Fixtures.APPROVER;
import static org.gongkai.server.store.Fixtures.CLERK;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.letter.IssuedLetter;
import org.gongkai.letter.LetterKind;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.server.Services;
import org.gongkai.server.documents.DocumentFormat;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestLettersTests extends DatabaseTests {

    private Services services;
    private RequestService requests;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.of(db);
        requests = services.requests;
    }

    @Test
    void eachStepThatObligesTheAgencyToWriteIssuesItsLetter() {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();
        requests.requestClarification(CLERK, RequestService.Ref.of(id, 1), LocalDate.of(2025, 3, 4),
                Optional.of(LocalDate.of(2025, 3, 19)));
        requests.recordClarification(CLERK, RequestService.Ref.of(id, 2), LocalDate.of(2025, 3, 6));
        requests.startConsultation(CLERK, RequestService.Ref.of(id, 3), LocalDate.of(2025, 3, 10),
                ConsultationParty.THIRD_PARTY);
        requests.endConsultation(CLERK, RequestService.Ref.of(id, 4), LocalDate.of(2025, 3, 14));
        requests.extend(APPROVER, RequestService.Ref.of(id, 5), LocalDate.of(2025, 3, 20), 10);
        requests.notifyFee(CLERK, RequestService.Ref.of(id, 6), LocalDate.of(2025, 3, 21), new BigDecimal("200"));
        requests.recordPayment(CLERK, RequestService.Ref.of(id, 7), LocalDate.of(2025, 3, 24));
        requests.close(CLERK, RequestService.Ref.of(id, 8), LocalDate.of(2025, 4, 1), Outcome.PARTIALLY_DISCLOSED);

        assertThat(services.letters.forRequest(id)).extracting(l -> l.letter().type().kind()).containsExactly(
                LetterKind.RECEIPT, LetterKind.CLARIFICATION, LetterKind.CONSULTATION_THIRD_PARTY,
                LetterKind.EXTENSION, LetterKind.FEE_NOTICE, LetterKind.REPLY);
        assertThat(services.letters.forRequest(id)).extracting(IssuedLetter::eventIndex)
                .containsExactly(0, 1, 3, 5, 6, 8);
        assertThat(services.letters.forApplicant(id)).extracting(l -> l.letter().type().kind())
                .doesNotContain(LetterKind.CONSULTATION_THIRD_PARTY).hasSize(5);
        IssuedLetter receipt = services.letters.forRequest(id).get(0);
        assertThat(receipt.letter().salutation()).contains(RequestServiceTests.APPLICANT.name());
        assertThat(receipt.letter().issuedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(new String(services.letters.download(receipt.id(), DocumentFormat.PDF).orElseThrow(), 0, 4,
                StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void aWithdrawalIsAnsweredByItsLetter() {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();
        requests.withdraw(CLERK, RequestService.Ref.of(id, 1), LocalDate.of(2025, 3, 5));

        assertThat(services.letters.forApplicant(id)).extracting(l -> l.letter().type().kind())
                .containsExactly(LetterKind.RECEIPT, LetterKind.WITHDRAWAL);
    }

    @Test
    void aStepWhoseLetterLacksAFactIsRefusedAndNothingIsRecorded() {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();

        assertThatThrownBy(() -> requests.requestClarification(CLERK, RequestService.Ref.of(id, 1),
                LocalDate.of(2025, 3, 4), Optional.empty())).isInstanceOf(RefusedException.class)
                .hasMessageContaining("补正期限");
        assertThat(requests.get(id).version()).isEqualTo(1);
        assertThat(services.letters.forRequest(id)).hasSize(1);
    }
}
