package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gongkai.letter.IssuedLetter;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterTemplate;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.letter.TemplateException;
import org.gongkai.letter.TemplateRef;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseKind;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcLetterStoresTests {

    private static final LetterType RECEIPT = LetterType.of(LetterKind.RECEIPT);
    private static final String V1 = "回执一\n{{recipientName}}：\n编号{{trackingNumber}}，{{dueOn}}前答复。\n";
    private static final String V2 = "回执二\n{{recipientName}}：\n编号{{trackingNumber}}，请于{{dueOn}}前查询。\n";

    private static PersonalDataCipher cipher() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new PersonalDataCipher(key);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void templateVersionsAreKeptPerAgencyAndNeverChanged(DatabaseKind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            Fixtures.agencies(db);
            JdbcLetterTemplateStore store = new JdbcLetterTemplateStore(db.jdbc());

            store.save(Fixtures.AGENCY, RECEIPT, V1);
            LetterTemplate second = store.save(Fixtures.AGENCY, RECEIPT, V2);
            store.save(Fixtures.OTHER_AGENCY, RECEIPT, V2);

            assertThat(second.ref().key()).isEqualTo(Fixtures.AGENCY + "/receipt@2");
            assertThat(store.versions(Fixtures.AGENCY, RECEIPT)).extracting(LetterTemplate::source).containsExactly(V1, V2);
            assertThat(store.version(Fixtures.AGENCY, RECEIPT, 1)).map(LetterTemplate::source).contains(V1);
            assertThat(store.latest(Fixtures.OTHER_AGENCY, RECEIPT).orElseThrow().ref().version()).isEqualTo(1);
            assertThat(store.versions(Fixtures.AGENCY, LetterType.of(LetterKind.FEE_NOTICE))).isEmpty();
            assertThatThrownBy(() -> store.save(Fixtures.AGENCY, RECEIPT, V1.replace("{{dueOn}}", "{{x}}")))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("第3版第3行");
            assertThat(store.versions(Fixtures.AGENCY, RECEIPT)).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void issuedLettersComeBackWordForWordWithTheirNamesEncryptedAtRest(DatabaseKind kind) {
        try (Database db = TestDatabases.fresh(kind)) {
            Fixtures.agencies(db);
            db.jdbc().sql("insert into disclosure_request (id, agency, applicant_type, channel, received_on, state,"
                            + " version, created_at) values ('R-1', ?, 'NATURAL_PERSON', 'ONLINE', ?, 'OPEN', 1, ?)")
                    .params(Fixtures.AGENCY, LocalDate.of(2025, 3, 3), OffsetDateTime.parse("2025-03-03T10:00:00+08:00"))
                    .update();
            JdbcIssuedLetterStore store = new JdbcIssuedLetterStore(db.jdbc(), cipher());
            RenderedLetter receipt = new RenderedLetter(new TemplateRef(RECEIPT, Optional.of(Fixtures.AGENCY), 2),
                    "测试市人民政府办公室", "R-1", LocalDate.of(2025, 3, 3), "登记回执", "张某某：",
                    List.of("第一段。", "第二段，2025年3月31日前答复。"));
            RenderedLetter consultation = new RenderedLetter(
                    TemplateRef.bundled(LetterType.of(LetterKind.CONSULTATION_THIRD_PARTY)), "测试市人民政府办公室",
                    "R-1", LocalDate.of(2025, 3, 5), "征求意见函", "某公司：", List.of("请于15个工作日内提出意见。"));

            IssuedLetter first = store.add("R-1", 0, receipt);
            IssuedLetter second = store.add("R-1", 1, consultation);

            assertThat(store.forRequest("R-1")).containsExactly(first, second);
            assertThat(store.byId("R-1-L1").orElseThrow().letter()).isEqualTo(receipt);
            assertThat(store.forApplicant("R-1")).containsExactly(first);
            assertThat(db.jdbc().sql("select salutation from issued_letter where id = 'R-1-L1'").query(String.class).single())
                    .doesNotContain("张某某").startsWith("v1:");
        }
    }
}
