package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.TemplateException;
import org.gongkai.server.Assembly;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LetterTemplateServiceTests extends DatabaseTests {

    private static final LetterType RECEIPT = LetterType.of(LetterKind.RECEIPT);
    private static final Actor ADMIN = new Actor("admin", Fixtures.AGENCY, Set.of(Role.ADMIN));

    private LetterTemplateService templates;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        Assembly services = TestServices.of(db);
        templates = services.letterTemplates;
    }

    @Test
    void onlyTheAgencysOwnAdministratorMaySave() {
        String text = DefaultLetterTemplates.of(RECEIPT).source();

        assertThatThrownBy(() -> templates.save(Fixtures.APPROVER, Fixtures.AGENCY, RECEIPT, text))
                .isInstanceOf(RefusedException.class).hasMessageContaining("管理员");
        assertThatThrownBy(() -> templates.save(ADMIN, Fixtures.OTHER_AGENCY, RECEIPT, text))
                .isInstanceOf(RefusedException.class).hasMessageContaining(Fixtures.OTHER_AGENCY);
        assertThat(templates.history(Fixtures.AGENCY, RECEIPT)).isEmpty();
        assertThat(templates.history(Fixtures.OTHER_AGENCY, RECEIPT)).isEmpty();
    }

    @Test
    void aFormsLineBreaksAreKeptAsNewlinesSoTheDefaultsTextIsRecognised() {
        templates.save(ADMIN, Fixtures.AGENCY, RECEIPT, DefaultLetterTemplates.of(RECEIPT).source().replace("\n", "\r\n"));

        LetterTemplateService.InForce receipt = templates.inForce(Fixtures.AGENCY).get(0);
        assertThat(receipt.ref().key()).isEqualTo("TEST-A/receipt@1");
        assertThat(receipt.sameAsDefault()).isTrue();
        assertThat(templates.current(Fixtures.AGENCY, RECEIPT).source()).doesNotContain("\r");
        assertThat(templates.inForce(Fixtures.OTHER_AGENCY).get(0).ref().key()).isEqualTo("default/receipt@" + DefaultLetterTemplates.VERSION);
    }

    @Test
    void aTextLongerThanAVersionCanHoldIsRefusedBeforeTheDatabase() {
        String text = DefaultLetterTemplates.of(RECEIPT).source() + "#" + "注".repeat(LetterTemplateService.MAX_LENGTH);

        assertThatThrownBy(() -> templates.save(ADMIN, Fixtures.AGENCY, RECEIPT, text))
                .isInstanceOf(TemplateException.class).hasMessageStartingWith("TEST-A 的模板“receipt”第1版过长：最多 20000 个字符");
        assertThat(templates.history(Fixtures.AGENCY, RECEIPT)).isEmpty();
    }
}
