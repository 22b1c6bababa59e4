package org.gongkai.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LetterTemplateStoreTests {

    private static final LetterType RECEIPT = LetterType.of(LetterKind.RECEIPT);
    private static final String V1 = "回执一\n{{recipientName}}：\n编号{{trackingNumber}}，{{dueOn}}前答复。\n";
    private static final String V2 = "回执二\n{{recipientName}}：\n编号{{trackingNumber}}，请于{{dueOn}}前查询。\n";

    private final InMemoryLetterTemplateStore store = new InMemoryLetterTemplateStore();
    private final LetterTemplates templates = new LetterTemplates(store);

    @Test
    void anAgencyWithoutItsOwnTemplateUsesTheBundledDefault() {
        assertThat(templates.current("SH-HZB", RECEIPT).ref()).isEqualTo(TemplateRef.bundled(RECEIPT));
        assertThat(store.versions("SH-HZB", RECEIPT)).isEmpty();
    }

    @Test
    void savingNumbersVersionsPerAgencyAndTypeAndTheLatestIsCurrent() {
        store.save("SH-HZB", RECEIPT, V1);
        LetterTemplate second = store.save("SH-HZB", RECEIPT, V2);
        LetterTemplate other = store.save("SH-XH", RECEIPT, V1);

        assertThat(second.ref()).isEqualTo(new TemplateRef(RECEIPT, Optional.of("SH-HZB"), 2));
        assertThat(other.ref().version()).isEqualTo(1);
        assertThat(templates.current("SH-HZB", RECEIPT).source()).isEqualTo(V2);
        assertThat(store.versions("SH-HZB", RECEIPT)).extracting(t -> t.ref().version()).containsExactly(1, 2);
        assertThat(templates.current("SH-HZB", LetterType.of(LetterKind.EXTENSION)).ref().agencyCode()).isEmpty();
    }

    @Test
    void anOlderVersionCanBeFoundAgainToRewriteALetterIssuedFromIt() {
        store.save("SH-HZB", RECEIPT, V1);
        store.save("SH-HZB", RECEIPT, V2);

        TemplateRef first = new TemplateRef(RECEIPT, Optional.of("SH-HZB"), 1);
        assertThat(templates.byRef(first)).map(LetterTemplate::source).contains(V1);
        assertThat(templates.byRef(TemplateRef.bundled(RECEIPT))).isPresent();
        assertThat(templates.byRef(new TemplateRef(RECEIPT, Optional.of("SH-HZB"), 3))).isEmpty();
        assertThat(templates.byRef(new TemplateRef(RECEIPT, Optional.empty(), DefaultLetterTemplates.VERSION + 1)))
                .isEmpty();
    }

    @Test
    void anInvalidTemplateIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> store.save("SH-HZB", RECEIPT, V1.replace("{{dueOn}}", "{{due}}")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("SH-HZB 的模板“receipt”第1版第3行");

        assertThat(store.versions("SH-HZB", RECEIPT)).isEmpty();
        assertThat(store.save("SH-HZB", RECEIPT, V1).ref().version()).isEqualTo(1);
    }

    @Test
    void theKeyOfAVersionNamesOwnerTypeAndVersion() {
        assertThat(store.save("SH-HZB", RECEIPT, V1).ref().key()).isEqualTo("SH-HZB/receipt@1");
        assertThat(TemplateRef.bundled(RECEIPT).key()).isEqualTo("default/receipt@" + DefaultLetterTemplates.VERSION);
    }
}
