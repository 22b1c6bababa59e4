package org.gongkai.server.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.server.store.Fixtures.AGENCY;
import static org.gongkai.server.store.Fixtures.OTHER_AGENCY;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.Assembly;
import org.gongkai.server.audit.AuditEntry;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StatedLetters;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgencyProfileServiceTests extends DatabaseTests {

    private static final Actor ADMIN = new Actor("admin", AGENCY, Set.of(Role.ADMIN));

    private Assembly services;
    private AgencyProfileService profiles;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.of(db);
        profiles = services.agencyProfileService;
    }

    static Map<ProfileField, String> valid() {
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        values.put(ProfileField.NAME, "测试市人民政府办公室");
        values.put(ProfileField.OFFICE, "测试市人民政府办公室政府信息公开科");
        values.put(ProfileField.ADDRESS, "测试市示例路8号");
        values.put(ProfileField.POSTCODE, "100001");
        values.put(ProfileField.PHONE, "010-12345678");
        values.put(ProfileField.EMAIL, "gk@example.cn");
        values.put(ProfileField.OFFICE_HOURS, "工作日 9:00—17:00");
        values.put(ProfileField.REVIEW_BODY, "测试市人民政府");
        values.put(ProfileField.COURT, "测试市铁路运输法院");
        return values;
    }

    private static Map<ProfileField, String> with(ProfileField field, String value) {
        Map<ProfileField, String> values = valid();
        values.put(field, value);
        return values;
    }

    private String read() {
        return profiles.current(AGENCY).version();
    }

    private Map<ProfileField, String> problems(Map<ProfileField, String> values) {
        try {
            profiles.save(ADMIN, AGENCY, values, read());
        } catch (InvalidProfileException e) {
            assertThat(services.agencyProfiles.find(AGENCY)).as("nothing stored on bad input").isEmpty();
            return e.problems();
        }
        throw new AssertionError("saved " + values);
    }

    private String replyText() {
        return String.join("\n", reply().paragraphs());
    }

    private RenderedLetter reply() {
        String id = services.requests.register(Actor.system("test"), new RequestService.Submission(null, AGENCY,
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON, new ReceiptFacts(Optional.of(LocalDate.of(2025, 3, 3)),
                        Optional.empty(), Optional.empty()), new Applicant("欧阳明远", null, null, null), "某项目立项批复"))
                .request().request().id();
        services.requests.close(Actor.system("test"), StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 20),
                Outcome.UNAVAILABLE_NOT_HELD);
        return services.letters.forRequest(id).get(1).letter();
    }

    @Test
    void aSavedProfileIsAuditedAndTheNextLetterUsesIt() {
        assertThat(replyText()).contains("联系方式：" + AgencyProfile.NO_CONTACT);

        AgencyProfileService.Saved saved = profiles.save(ADMIN, AGENCY, with(ProfileField.ADDRESS, "  测试市示例路8号 "), read());

        assertThat(saved.changed()).hasSize(ProfileField.values().length - 1).doesNotContain(ProfileField.NAME);
        assertThat(services.agencyProfiles.find(AGENCY).orElseThrow().address()).isEqualTo("测试市示例路8号");
        assertThat(replyText()).contains("联系方式：测试市人民政府办公室政府信息公开科，地址：测试市示例路8号，邮政编码：100001，"
                + "电话：010-12345678，电子邮箱：gk@example.cn", "60日内向测试市人民政府申请行政复议",
                "6个月内依法向测试市铁路运输法院提起行政诉讼");
        List<AuditEntry> audited = services.audit.about(AGENCY);
        assertThat(audited).extracting(AuditEntry::action).containsExactly("AGENCY_PROFILE_CHANGED");
        assertThat(audited.get(0).actor()).isEqualTo("admin");
        assertThat(audited.get(0).detail()).contains("办公地址：（空） → “测试市示例路8号”");
    }

    @Test
    void aChangeNamesOnlyTheItemsThatChangedAndClearingTheCourtGoesBackToTheGenericWording() {
        profiles.save(ADMIN, AGENCY, valid(), read());
        String read = read();
        Map<ProfileField, String> values = with(ProfileField.COURT, "");
        values.put(ProfileField.OFFICE_HOURS, "工作日 8:30—17:30");

        assertThat(profiles.save(ADMIN, AGENCY, values, read).changed())
                .containsExactly(ProfileField.OFFICE_HOURS, ProfileField.COURT);

        assertThat(services.agencyProfiles.find(AGENCY).orElseThrow().court()).isEmpty();
        assertThat(services.audit.about(AGENCY).get(1).detail())
                .isEqualTo("办公时间：“工作日 9:00—17:00” → “工作日 8:30—17:30”；行政诉讼的管辖法院：“测试市铁路运输法院” → （空）");
        assertThat(replyText()).contains("6个月内依法向人民法院提起行政诉讼", "60日内向测试市人民政府申请行政复议");
    }

    @Test
    void renamingTheAgencyChangesTheNameTheNextLetterIsSignedWith() {
        profiles.save(ADMIN, AGENCY, valid(), read());

        assertThat(profiles.save(ADMIN, AGENCY, with(ProfileField.NAME, "测试市人民政府办公厅"), read()).changed())
                .containsExactly(ProfileField.NAME);

        assertThat(services.agencies.get(AGENCY).name()).isEqualTo("测试市人民政府办公厅");
        assertThat(services.audit.about(AGENCY).get(1).detail()).isEqualTo("机关名称：“测试市人民政府办公室” → “测试市人民政府办公厅”");
        assertThat(reply().agencyName()).isEqualTo("测试市人民政府办公厅");
    }

    @Test
    void savingTheSameValuesWritesNothing() {
        profiles.save(ADMIN, AGENCY, valid(), read());
        String read = read();

        assertThat(profiles.save(ADMIN, AGENCY, valid(), read).changed()).isEmpty();
        assertThat(services.audit.about(AGENCY)).hasSize(1);
        assertThat(read()).isEqualTo(read);
    }

    @Test
    void withoutAnEmailAddressTheContactLineNamesNone() {
        profiles.save(ADMIN, AGENCY, with(ProfileField.EMAIL, ""), read());

        assertThat(services.agencyProfiles.find(AGENCY).orElseThrow().contactLine())
                .isEqualTo("测试市人民政府办公室政府信息公开科，地址：测试市示例路8号，邮政编码：100001，电话：010-12345678");
    }

    @Test
    void eachBadItemGetsItsOwnChineseMessageAndNothingIsStored() {
        Map<ProfileField, String> values = valid();
        values.put(ProfileField.OFFICE, " ");
        values.put(ProfileField.ADDRESS, "路".repeat(501));
        values.put(ProfileField.POSTCODE, "10001");
        values.put(ProfileField.PHONE, "请打电话");
        values.put(ProfileField.EMAIL, "gk.example.cn");
        values.put(ProfileField.OFFICE_HOURS, "工作日\n9:00");
        values.put(ProfileField.COURT, "院".repeat(201));

        assertThat(problems(values)).containsExactly(
                Map.entry(ProfileField.OFFICE, "请填写工作机构名称。"),
                Map.entry(ProfileField.ADDRESS, "办公地址最多 500 个字符，现有 501 个。"),
                Map.entry(ProfileField.POSTCODE, "邮政编码应为 6 位数字，例如 100010。"),
                Map.entry(ProfileField.PHONE, "联系电话应为电话号码，例如 010-12345678 或 12345；可写分机（转）和多个号码（用“、”分隔），不能写其他文字。"),
                Map.entry(ProfileField.EMAIL, "电子邮箱应形如 gongkai@example.gov.cn。"),
                Map.entry(ProfileField.OFFICE_HOURS, "办公时间应写在一行内，不能包含换行或控制字符。"),
                Map.entry(ProfileField.COURT, "行政诉讼的管辖法院最多 200 个字符，现有 201 个。"));
        assertThat(services.audit.about(AGENCY)).isEmpty();
    }

    @Test
    void aPhoneFieldTakesTheWaysNumbersAreWrittenButNotWordsOrTooFewDigits() {
        for (String phone : List.of("010-12345678", "12345", "(0571) 8888 6666", "（010）12345678转8001",
                "010-12345678、010-87654321", "+86 10 1234 5678", "100-0000-0000")) {
            assertThat(ProfileField.PHONE.problem(phone)).as(phone).isEmpty();
        }
        for (String phone : List.of("1234", "010-1234abcd", "请拨打12345", "——", "ext")) {
            assertThat(ProfileField.PHONE.problem(phone)).as(phone).isPresent();
        }
        assertThat(problems(with(ProfileField.PHONE, "1".repeat(51))))
                .containsEntry(ProfileField.PHONE, "联系电话最多 50 个字符，现有 51 个。");
    }

    @Test
    void aProfileSavedByAnotherSinceItWasReadIsAConflictAndIsNotOverwritten() {
        String beforeAnyProfile = read();
        profiles.save(ADMIN, AGENCY, valid(), beforeAnyProfile);
        String read = read();
        profiles.save(new Actor("admin2", AGENCY, Set.of(Role.ADMIN)), AGENCY, with(ProfileField.PHONE, "12345"), read);

        assertThatThrownBy(() -> profiles.save(ADMIN, AGENCY, with(ProfileField.ADDRESS, "另一条路1号"), read))
                .isInstanceOf(ConflictException.class).hasMessageContaining("本机关的机构信息已被其他人修改");
        assertThatThrownBy(() -> profiles.save(ADMIN, AGENCY, valid(), beforeAnyProfile))
                .isInstanceOf(ConflictException.class);
        assertThat(services.agencyProfiles.find(AGENCY).orElseThrow().phone()).isEqualTo("12345");
        assertThat(services.agencyProfiles.find(AGENCY).orElseThrow().address()).isEqualTo("测试市示例路8号");
        assertThat(services.audit.about(AGENCY)).hasSize(2);
    }

    @Test
    void onlyTheAgencysOwnAdministratorMaySave() {
        assertThatThrownBy(() -> profiles.save(Fixtures.APPROVER, AGENCY, valid(), read()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("管理员");
        assertThatThrownBy(() -> profiles.save(new Actor("b-admin", OTHER_AGENCY, Set.of(Role.ADMIN)), AGENCY, valid(),
                read())).isInstanceOf(RefusedException.class).hasMessageContaining("不能办理其他机关");
        assertThatThrownBy(() -> profiles.save(Actor.system("test"), "NO-SUCH", valid(), read()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("没有代码为 NO-SUCH 的机关");
        assertThat(services.agencyProfiles.find(AGENCY)).isEmpty();
    }
}
