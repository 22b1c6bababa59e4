package org.gongkai.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.StatutoryClock;
import org.junit.jupiter.api.Test;

/** Dates hand-counted on the 2025 calendar (清明: 4–6 April off, no make-up day). */
class LetterFactsAssemblerTests {

    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);
    private static final Letterhead LETTERHEAD = new Letterhead("上海市示例局", "电话021-00000000", "上海市人民政府",
            "上海市第三中级人民法院");
    private static final Correspondence TO_APPLICANT = new Correspondence("张某", "某工程的批复", "", java.util.Map.of(
            LetterVariable.CORRECTION_ITEMS, "请写明批复的文号", LetterVariable.APPROVED_BY, "公开科科长李某",
            LetterVariable.PAYMENT_METHOD, "银行转账", LetterVariable.REASON, "属于区发展改革委的职责"), Optional.empty());

    private final LetterFactsAssembler assembler =
            new LetterFactsAssembler(new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults()));

    private static DisclosureRequest request(RequestEvent... later) {
        List<RequestEvent> events = new java.util.ArrayList<>();
        events.add(new RequestEvent.Received(MARCH_3));
        events.addAll(List.of(later));
        return new DisclosureRequest("SH-SL-2025-0001", "SH-SL", ApplicantType.NATURAL_PERSON, Channel.ONLINE, events);
    }

    private String value(DisclosureRequest request, int event, LetterVariable variable) {
        return assembler.facts(request, event, LETTERHEAD, TO_APPLICANT, LocalDate.of(2025, 3, 4))
                .value(variable).orElseThrow();
    }

    @Test
    void theReceiptGivesTheDueDateTwentyWorkingDaysAfterReceipt() {
        DisclosureRequest request = request(new RequestEvent.Closed(LocalDate.of(2025, 3, 20), Outcome.DISCLOSED));

        assertThat(value(request, 0, LetterVariable.DUE_ON)).isEqualTo("2025年3月31日");
        assertThat(value(request, 0, LetterVariable.RECIPIENT_NAME)).isEqualTo("张某");
        assertThat(value(request, 0, LetterVariable.TRACKING_NUMBER)).isEqualTo("SH-SL-2025-0001");
        assertThat(value(request, 0, LetterVariable.AGENCY_NAME)).isEqualTo("上海市示例局");
    }

    @Test
    void theExtensionNoticeGivesTheOldAndTheNewDueDateAcrossQingming() {
        DisclosureRequest request = request(new RequestEvent.Extended(LocalDate.of(2025, 3, 20), 10));

        assertThat(value(request, 1, LetterVariable.ORIGINAL_DUE_ON)).isEqualTo("2025年3月31日");
        assertThat(value(request, 1, LetterVariable.DUE_ON)).isEqualTo("2025年4月15日");
        assertThat(value(request, 1, LetterVariable.EXTENSION_DAYS)).isEqualTo("10");
    }

    @Test
    void theFeeNoticeGivesTheAmountAndTwentyWorkingDaysToPay() {
        DisclosureRequest request = request(new RequestEvent.FeeNotified(LocalDate.of(2025, 3, 10), new BigDecimal("1700")));

        assertThat(value(request, 1, LetterVariable.FEE_AMOUNT)).isEqualTo("1700.00");
        assertThat(value(request, 1, LetterVariable.PAYMENT_DEADLINE)).isEqualTo("2025年4月8日");
    }

    @Test
    void theClarificationNoticeNeedsTheDeadlineTheClerkSet() {
        DisclosureRequest given = request(new RequestEvent.ClarificationRequested(
                LocalDate.of(2025, 3, 5), Optional.of(LocalDate.of(2025, 3, 19))));
        DisclosureRequest missing = request(new RequestEvent.ClarificationRequested(LocalDate.of(2025, 3, 5), Optional.empty()));

        assertThat(value(given, 1, LetterVariable.RESPOND_BY)).isEqualTo("2025年3月19日");
        assertThatThrownBy(() -> value(missing, 1, LetterVariable.RESPOND_BY)).hasMessageContaining("respondBy");
    }

    @Test
    void theReplyCitesTheOutcomesArticleAndTheAgencysReviewBodyAndCourt() {
        DisclosureRequest request = request(new RequestEvent.Closed(LocalDate.of(2025, 3, 20), Outcome.UNAVAILABLE_NOT_HELD));
        RenderedLetter letter = DefaultLetterTemplates.of(LetterType.reply(Outcome.UNAVAILABLE_NOT_HELD))
                .render(assembler.facts(request, 1, LETTERHEAD, TO_APPLICANT, LocalDate.of(2025, 3, 20)));

        assertThat(String.join("", letter.paragraphs()))
                .contains("《中华人民共和国政府信息公开条例》第三十六条第（四）项")
                .contains("60日内向上海市人民政府申请行政复议")
                .contains("6个月内依法向上海市第三中级人民法院提起行政诉讼");
        assertThat(letter.dateLine()).isEqualTo("2025年3月20日");
    }

    @Test
    void aLetterTheLawRequiresParticularsOfIsRefusedWithoutThem() {
        DisclosureRequest request = request(new RequestEvent.ClarificationRequested(
                LocalDate.of(2025, 3, 5), Optional.of(LocalDate.of(2025, 3, 19))));
        Correspondence bare = new Correspondence("张某", "某工程的批复", "");

        assertThatThrownBy(() -> assembler.facts(request, 1, LETTERHEAD, bare, LocalDate.of(2025, 3, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("补正告知书须写明需要补正的事项（第三十条）。");
        assertThat(value(request, 1, LetterVariable.CORRECTION_ITEMS)).isEqualTo("请写明批复的文号");
    }

    @Test
    void theNotResponsibleReplyCitesItemFiveAndGoesOnlyWithItsOutcome() {
        Correspondence notOurs = new Correspondence("张某", "某工程的批复", "",
                java.util.Map.of(LetterVariable.REASON, "属于区发展改革委的职责"), Optional.of(ReplyVariant.NOT_RESPONSIBLE));
        DisclosureRequest notHeld = request(new RequestEvent.Closed(LocalDate.of(2025, 3, 20), Outcome.UNAVAILABLE_NOT_HELD));
        DisclosureRequest disclosed = request(new RequestEvent.Closed(LocalDate.of(2025, 3, 20), Outcome.DISCLOSED));

        assertThat(assembler.facts(notHeld, 1, LETTERHEAD, notOurs, LocalDate.of(2025, 3, 20))
                .value(LetterVariable.ARTICLE)).contains("《中华人民共和国政府信息公开条例》第三十六条第（五）项");
        assertThatThrownBy(() -> assembler.facts(disclosed, 1, LETTERHEAD, notOurs, LocalDate.of(2025, 3, 20)))
                .hasMessage("“不属于本机关负责公开”只用于“1.本机关不掌握相关政府信息”的答复");
    }

    @Test
    void anEventThatCallsForNoLetterIsRefused() {
        DisclosureRequest request = request(new RequestEvent.FeeNotified(MARCH_3, BigDecimal.TEN), new RequestEvent.FeePaid(MARCH_3));

        assertThatThrownBy(() -> value(request, 2, LetterVariable.DUE_ON)).hasMessageContaining("FEE_PAID")
                .hasMessageContaining("不需要发出文书");
        assertThatThrownBy(() -> value(request, 5, LetterVariable.DUE_ON)).hasMessageContaining("没有第 5 个事件");
    }
}
