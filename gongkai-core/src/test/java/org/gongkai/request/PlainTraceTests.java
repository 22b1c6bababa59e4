package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTraceTests {

    private static final LocalDate SETTING_DAY = LocalDate.of(2019, 5, 15);
    private static final List<String> SETTING_NAMES = Arrays.stream(ClockSettings.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final StatutoryClock clock = StatutoryClock.bundled();

    private static List<String> plain(StatutoryClock clock, String history, LocalDate day) {
        DisclosureRequest request = Histories.request(history);
        return PlainTrace.of(clock, request, clock.statusOn(request, day), day);
    }

    @Test
    void clarifiedAndExtendedRequestIsExplainedInWordsEndingOnTheClocksDueDate() {
        String history = "RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLARIFICATION_RECEIVED 2025-03-12;"
                + " EXTENDED 2025-04-08 20; CLOSED 2025-04-21 PARTIALLY_DISCLOSED";
        LocalDate due = clock.deadline(Histories.request(history)).dueOn();
        List<String> lines = plain(clock, history, LocalDate.of(2025, 4, 21));
        assertThat(lines.get(0)).isEqualTo(
                "答复期限为收到申请之日起20个工作日（收到申请的当日不计算在内；周六、周日和法定节假日不计算，调休上班日计算在内）。");
        assertThat(lines).contains(
                "2025-03-05（周三）：本机关告知申请人补正申请内容；答复期限从收到补正后的申请之日起重新计算。",
                "2025-03-12（周三）：收到补正后的申请，答复期限从这一天起重新计算20个工作日。",
                "2025-04-08（周二）：经政府信息公开工作机构负责人同意，答复期限延长20个工作日。",
                "2025-04-21（周一）：本机关作出答复（部分公开）。");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("答复期限届满日：" + DayExplanation.dayLabel(due) + "。");
    }

    @Test
    void openPausesSayTheDateWillMove() {
        List<String> lines = plain(clock, "RECEIVED 2025-06-03; CONSULTATION_STARTED 2025-06-05 AGENCY",
                LocalDate.of(2025, 6, 12));
        assertThat(lines).contains("2025-06-05（周四）：本机关征求" + ConsultationParty.AGENCY.label()
                + "的意见；征求意见所需时间不计算在答复期限内。", "征求意见尚未结束：结束前答复期限暂停计算，下面的日期还会相应推后。");
        assertThat(plain(clock, "RECEIVED 2025-06-03; CLARIFICATION_REQUESTED 2025-06-04", LocalDate.of(2025, 6, 12)))
                .contains("尚未收到补正后的申请：下面的日期按今天收到计算，实际以收到之日为准。");
    }

    @Test
    void feeAndReceiptDayWordingFollowTheSettingsInForce() {
        String fee = "RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10 300";
        LocalDate day = LocalDate.of(2025, 6, 12);
        assertThat(plain(clock, fee, day)).anySatisfy(l -> assertThat(l).contains("信息处理费300元", "等待缴费的时间不计算在答复期限内"))
                .contains("尚未缴费：缴费前答复期限暂停计算，下面的日期还会相应推后。");
        StatutoryClock local = new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults()
                .withFeeTimeExcluded(false, SETTING_DAY).withReceiptDayCounts(true, SETTING_DAY));
        List<String> lines = plain(local, fee, day);
        assertThat(lines.get(0)).contains("收到申请的当日计算在内");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("等待缴费的时间照常计算在答复期限内"))
                .noneSatisfy(l -> assertThat(l).startsWith("尚未缴费"));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCLOSED                   | 予以公开
            PARTIALLY_DISCLOSED         | 部分公开
            WITHHELD_STATE_SECRET       | 不予公开：属于国家秘密
            UNAVAILABLE_NOT_HELD        | 无法提供：本机关不掌握相关政府信息
            OTHER_FEE_UNPAID            | 其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
            """)
    void outcomeIsNamedWithoutTheTablesNumbering(Outcome outcome, String words) {
        assertThat(PlainTrace.outcome(outcome)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLARIFICATION_RECEIVED 2025-03-12; EXTENDED 2025-04-08 20",
        "RECEIVED 2025-06-03; CONSULTATION_STARTED 2025-06-05; CONSULTATION_ENDED 2025-06-20; FEE_NOTIFIED 2025-06-23 200;"
                + " FEE_PAID 2025-06-30; CLOSED 2025-07-30 WITHHELD_THIRD_PARTY_RIGHTS",
        "RECEIVED 2026-12-15; WITHDRAWN 2026-12-20"})
    void plainTraceNamesNoSettingWhileTheStaffTraceDoes(String history) {
        DisclosureRequest request = Histories.request(history);
        LocalDate day = request.events().get(request.events().size() - 1).on();
        String staff = String.join("\n", clock.statusOn(request, day).deadline().trace().lines());
        assertThat(SETTING_NAMES).hasSize(9).anySatisfy(name -> assertThat(staff).contains(name));
        String plain = String.join("\n", plain(clock, history, day));
        assertThat(SETTING_NAMES).allSatisfy(name -> assertThat(plain).doesNotContain(name));
        assertThat(plain).doesNotContain("=", "依据").doesNotContainPattern("[A-Za-z]");
    }
}
