package org.gongkai.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuedLetterStoreTests {

    private final IssuedLetterStore store = new InMemoryIssuedLetterStore();

    private static RenderedLetter letter(LetterKind kind) {
        LetterType type = LetterType.of(kind);
        return new RenderedLetter(TemplateRef.bundled(type), "示例局", "R-1", LocalDate.of(2025, 3, 4),
                kind.label(), "某某：", List.of("正文。"));
    }

    @Test
    void listsARequestsLettersInIssueOrderWithIdsAndKeepsThemWordForWord() {
        IssuedLetter receipt = store.add("R-1", 0, letter(LetterKind.RECEIPT));
        store.add("R-2", 0, letter(LetterKind.RECEIPT));
        IssuedLetter consultation = store.add("R-1", 1, letter(LetterKind.CONSULTATION_THIRD_PARTY));
        IssuedLetter extension = store.add("R-1", 3, letter(LetterKind.EXTENSION));

        assertThat(store.forRequest("R-1")).containsExactly(receipt, consultation, extension);
        assertThat(receipt.id()).isEqualTo("R-1-L1");
        assertThat(extension.id()).isEqualTo("R-1-L3");
        assertThat(store.byId("R-1-L3")).contains(extension);
        assertThat(store.byId("R-1-L3").orElseThrow().letter().paragraphs()).containsExactly("正文。");
        assertThat(store.byId("R-9-L1")).isEmpty();
    }

    @Test
    void theApplicantSeesTheLettersSentToTheApplicantOnly() {
        IssuedLetter receipt = store.add("R-1", 0, letter(LetterKind.RECEIPT));
        store.add("R-1", 1, letter(LetterKind.CONSULTATION_THIRD_PARTY));
        store.add("R-1", 2, letter(LetterKind.CONSULTATION_AGENCY));
        IssuedLetter fee = store.add("R-1", 3, letter(LetterKind.FEE_NOTICE));

        assertThat(store.forApplicant("R-1")).containsExactly(receipt, fee);
    }
}
