package org.gongkai.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 国办函〔2020〕109号 on real dates; every amount was counted by hand band by band (law-spec.md §3.1–3.2):
 * 按件 per applicant and calendar month 1–10 free, 11–30 at 100, 31–40 at 200, 41–50 at 300 …;
 * 按量 per application 1–30 free, 31–100 at 10, 101–200 at 20, from 201 at 40.
 */
class ProcessingFeeTests {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 20);
    private static final LocalDate NOTICE = LocalDate.of(2025, 3, 25);
    private final ProcessingFee fees = ProcessingFee.bundled();

    // 11 件: 1 × 100; 30 件: 20 × 100 = 2000; 31 件: 2000 + 200 = 2200; 40 件: 2000 + 10 × 200 = 4000;
    // 41 件: 4000 + 300 = 4300; 45 件: 4000 + 5 × 300 = 5500 (law-spec §3.2); 51 件: 4000 + 3000 + 400 = 7400.
    @ParameterizedTest(name = "{0} 件 in one month cost {1} yuan")
    @CsvSource(textBlock = """
            1, 0
            10, 0
            11, 100
            30, 2000
            31, 2200
            40, 4000
            41, 4300
            45, 5500
            51, 7400
            """)
    void perRequestIsExcessProgressive(int items, BigDecimal yuan) {
        FeeCalculation fee = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 0, items));
        assertThat(fee.amountYuan()).isEqualByComparingTo(yuan);
        assertThat(fee.schedule()).isEqualTo(FeeSchedule.PER_REQUEST);
    }

    // 31 pages: 1 × 10; 100: 70 × 10 = 700; 101: 700 + 20 = 720; 150: 700 + 50 × 20 = 1700 (law-spec §3.2);
    // 200: 700 + 100 × 20 = 2700; 201: 2700 + 40 = 2740; 250: 2700 + 50 × 40 = 4700.
    @ParameterizedTest(name = "{0} pages cost {1} yuan")
    @CsvSource(textBlock = """
            1, 0
            30, 0
            31, 10
            100, 700
            101, 720
            150, 1700
            200, 2700
            201, 2740
            250, 4700
            """)
    void perPageIsByBands(int pages, BigDecimal yuan) {
        FeeCalculation fee = fees.calculate(NOTICE, new FeeBasis.PerPage(pages, RequestedForm.PAPER));
        assertThat(fee.amountYuan()).isEqualByComparingTo(yuan);
        assertThat(fee.schedule()).isEqualTo(FeeSchedule.PER_PAGE);
    }

    @Test
    void theTraceNamesTheScheduleItsSourceAndEveryBand() {
        assertThat(fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 0, 45)).lines()).containsExactly(
                "收费通知书日期 2025-03-25，适用按件计收（依据：国办函〔2020〕109号《政府信息公开信息处理费管理办法》第四条，自 2021-01-01 起）",
                "同一申请人 2025年3月 此前已计 0 件，本申请计 45 件，为当月第 1—45 件",
                "第 1—10 件：10 件 × 0 元 = 0 元",
                "第 11—30 件：20 件 × 100 元 = 2000 元",
                "第 31—40 件：10 件 × 200 元 = 2000 元",
                "第 41—45 件：5 件 × 300 元 = 1500 元",
                "合计 5500 元");
    }

    @Test
    void theApplicantsEarlierApplicationsInTheMonthCountFirst() {
        // 8 件 earlier in March 2025, this application 5 件 = the month's 9th to 13th: 9, 10 free; 11–13 at 100 = 300.
        FeeCalculation fee = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 8, 5));
        assertThat(fee.amountYuan()).isEqualByComparingTo("300");
        assertThat(fee.lines()).containsExactly(
                "收费通知书日期 2025-03-25，适用按件计收（依据：国办函〔2020〕109号《政府信息公开信息处理费管理办法》第四条，自 2021-01-01 起）",
                "同一申请人 2025年3月 此前已计 8 件，本申请计 5 件，为当月第 9—13 件",
                "第 9—10 件：2 件 × 0 元 = 0 元",
                "第 11—13 件：3 件 × 100 元 = 300 元",
                "合计 300 元");
    }

    @Test
    void aSingleItemDeepInTheMonthIsChargedAtItsTier() {
        // The 35th 件 of an applicant in April 2025 (34 earlier): tier 31–40, 200 yuan.
        FeeCalculation fee = fees.calculate(LocalDate.of(2025, 4, 30),
                new FeeBasis.PerRequest(LocalDate.of(2025, 4, 28), 34, 1));
        assertThat(fee.lines()).containsExactly(
                "收费通知书日期 2025-04-30，适用按件计收（依据：国办函〔2020〕109号《政府信息公开信息处理费管理办法》第四条，自 2021-01-01 起）",
                "同一申请人 2025年4月 此前已计 34 件，本申请计 1 件，为当月第 35 件",
                "第 35 件：1 件 × 200 元 = 200 元",
                "合计 200 元");
    }

    @Test
    void perPageTraceNamesTheFormAskedFor() {
        assertThat(fees.calculate(NOTICE, new FeeBasis.PerPage(150, RequestedForm.EMAIL)).lines()).containsExactly(
                "收费通知书日期 2025-03-25，适用按量计收（依据：国办函〔2020〕109号《政府信息公开信息处理费管理办法》第五条，自 2021-01-01 起）",
                "申请人要求以电子邮件提供，共 150 页",
                "第 1—30 页：30 页 × 0 元 = 0 元",
                "第 31—100 页：70 页 × 10 元 = 700 元",
                "第 101—150 页：50 页 × 20 元 = 1000 元",
                "合计 1700 元");
    }

    @Test
    void perPageAppliesOnlyToPaperEmailOrCopiedData() {
        assertThat(fees.calculate(NOTICE, new FeeBasis.PerPage(40, RequestedForm.COPIED_DATA)).amountYuan())
                .isEqualByComparingTo("100");
        assertThatThrownBy(() -> fees.calculate(NOTICE, new FeeBasis.PerPage(40, RequestedForm.VIEWING)))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("按量计收只适用于申请人要求以纸质文本、电子邮件或复制的电子数据提供政府信息的情形"
                        + "（国办函〔2020〕109号《政府信息公开信息处理费管理办法》第五条）；本申请要求的是查阅、抄录。");
    }

    @Test
    void aNoticeDatedBeforeThe109SchedulesTookEffectIsRefused() {
        assertThatThrownBy(() -> fees.calculate(LocalDate.of(2020, 12, 31),
                new FeeBasis.PerRequest(LocalDate.of(2020, 12, 1), 20, 1)))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("收费通知书的日期 2020-12-31 早于按件计收标准的施行日 2021-01-01"
                        + "（国办函〔2020〕109号《政府信息公开信息处理费管理办法》第四条）：此前没有信息处理费标准，不能收费。");
        assertThatThrownBy(() -> fees.calculate(LocalDate.of(2020, 12, 31), new FeeBasis.PerPage(200, RequestedForm.PAPER)))
                .hasMessage("收费通知书的日期 2020-12-31 早于按量计收标准的施行日 2021-01-01"
                        + "（国办函〔2020〕109号《政府信息公开信息处理费管理办法》第五条）：此前没有信息处理费标准，不能收费。");
    }

    @Test
    void aNoticeOnTheFirstDayIsCharged() {
        // Received Mon 2020-12-28 (before 109号), noticed Fri 2021-01-01: the notice's date decides; 21st 件 = 100.
        assertThat(fees.calculate(LocalDate.of(2021, 1, 1), new FeeBasis.PerRequest(LocalDate.of(2020, 12, 28), 20, 1))
                .amountYuan()).isEqualByComparingTo("100");
    }

    @Test
    void aNoticeBeforeTheApplicationWasReceivedIsRefused() {
        assertThatThrownBy(() -> fees.calculate(LocalDate.of(2025, 3, 19), new FeeBasis.PerRequest(RECEIVED, 0, 12)))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("收费通知书的日期 2025-03-19 早于收到申请之日 2025-03-20。");
    }

    @Test
    void countsOutsideTheScheduleAreRefused() {
        assertThatThrownBy(() -> new FeeBasis.PerRequest(RECEIVED, -1, 1))
                .isInstanceOf(FeeRefusedException.class).hasMessage("同一申请人当月此前已计件数不能为负数：-1");
        assertThatThrownBy(() -> new FeeBasis.PerRequest(RECEIVED, 0, 0))
                .isInstanceOf(FeeRefusedException.class).hasMessage("本申请计收件数应至少为 1 件：0");
        assertThatThrownBy(() -> new FeeBasis.PerPage(0, RequestedForm.PAPER))
                .isInstanceOf(FeeRefusedException.class).hasMessage("计收页数应至少为 1 页：0");
    }

    @Test
    void theNoticeStatesTheComputedAmount() {
        FeeNoticeAmount notice = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 8, 5)).asComputed();
        assertThat(notice.amountYuan()).isEqualByComparingTo("300");
        assertThat(notice.deviationReason()).isEmpty();
        assertThat(notice.lines()).last().isEqualTo("收费通知书载明 300 元，即按标准计算的金额");
        assertThat(fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 8, 5))
                .statedAs(new BigDecimal("300.00"), null).deviationReason()).isEmpty();
    }

    @Test
    void aLowerAmountNeedsARecordedReason() {
        FeeCalculation fee = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 8, 5));
        assertThatThrownBy(() -> fee.statedAs(new BigDecimal("200"), "  "))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("收费通知书载明的金额 200 元与依照按件计收标准计算的 300 元不同，须记录理由。");
        FeeNoticeAmount notice = fee.statedAs(new BigDecimal("200"), "其中一件与上月申请内容相同，合并计算");
        assertThat(notice.amountYuan()).isEqualByComparingTo("200");
        assertThat(notice.deviationReason()).contains("其中一件与上月申请内容相同，合并计算");
        assertThat(notice.lines()).last()
                .isEqualTo("收费通知书载明 200 元，低于按标准计算的 300 元，理由：其中一件与上月申请内容相同，合并计算");
    }

    @Test
    void aNoticeAmountKeepsAReasonExactlyWhenItDiffers() {
        FeeCalculation fee = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 8, 5));
        assertThatThrownBy(() -> new FeeNoticeAmount(fee, new BigDecimal("200"), null))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("收费通知书载明的金额与按标准计算的金额不同时须记录理由，相同时不记理由。");
        assertThatThrownBy(() -> new FeeNoticeAmount(fee, new BigDecimal("300"), "无需理由"))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("收费通知书载明的金额与按标准计算的金额不同时须记录理由，相同时不记理由。");
    }

    @Test
    void anAmountAboveTheScheduleZeroOrFinerThanAFenIsRefused() {
        FeeCalculation fee = fees.calculate(NOTICE, new FeeBasis.PerPage(150, RequestedForm.PAPER));
        assertThatThrownBy(() -> fee.statedAs(new BigDecimal("1800"), "复印成本较高"))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("收费通知书载明的金额 1800 元高于依照按量计收标准计算的 1700 元：信息处理费不得超出标准收取"
                        + "（国办函〔2020〕109号《政府信息公开信息处理费管理办法》第五条）。");
        assertThatThrownBy(() -> fee.statedAs(BigDecimal.ZERO, "免收"))
                .isInstanceOf(FeeRefusedException.class).hasMessage("收费通知书载明的金额应大于 0 元：0 元。");
        assertThatThrownBy(() -> fee.statedAs(new BigDecimal("99.999"), "四舍五入"))
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("收费通知书载明的金额最多两位小数（元、角、分）：99.999 元。");
    }

    @Test
    void noNoticeIsDueWithinTheFreeBands() {
        FeeCalculation fee = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 3, 7));
        assertThat(fee.amountYuan()).isEqualByComparingTo("0");
        assertThatThrownBy(fee::asComputed)
                .isInstanceOf(FeeRefusedException.class)
                .hasMessage("依照按件计收标准计算，本申请应收 0 元（在免费范围内），不应发出收费通知。");
    }

    @Test
    void aLaterScheduleAppliesToNoticesFromItsStartOnly() {
        // A hypothetical revision from 2030-01-01: 按量 1–50 free, from 51 at 5 yuan. 120 pages: 70 × 5 = 350;
        // a notice on 2029-12-31 keeps 109号: 70 × 10 + 20 × 20 = 1100.
        ProcessingFee revised = new ProcessingFee(FeeScheduleTable.parseCsv("revised.csv", """
                schedule,effective_from,first_unit,rate_yuan,step_units,step_yuan,reference
                PER_PAGE,2021-01-01,1,0,,,国办函〔2020〕109号第五条
                PER_PAGE,2021-01-01,31,10,,,国办函〔2020〕109号第五条
                PER_PAGE,2021-01-01,101,20,,,国办函〔2020〕109号第五条
                PER_PAGE,2030-01-01,1,0,,,某新办法第五条
                PER_PAGE,2030-01-01,51,5,,,某新办法第五条
                """));
        FeeBasis pages = new FeeBasis.PerPage(120, RequestedForm.PAPER);
        assertThat(revised.calculate(LocalDate.of(2029, 12, 31), pages).amountYuan()).isEqualByComparingTo("1100");
        FeeCalculation later = revised.calculate(LocalDate.of(2030, 1, 2), pages);
        assertThat(later.amountYuan()).isEqualByComparingTo("350");
        assertThat(later.lines().get(0)).isEqualTo("收费通知书日期 2030-01-02，适用按量计收（依据：某新办法第五条，自 2030-01-01 起）");
        assertThatThrownBy(() -> revised.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, 0, 1)))
                .isInstanceOf(FeeRefusedException.class).hasMessage("收费标准表中没有按件计收的标准。");
    }

    @Test
    void splittingAMonthsItemsNeverChangesTheirTotal() {
        // Charging a+b+c 件 at once costs what a+b and then c more cost (the month's count carries over).
        Random random = new Random(20210101L);
        for (int i = 0; i < 500; i++) {
            int earlier = random.nextInt(60);
            int b = 1 + random.nextInt(40);
            int c = 1 + random.nextInt(40);
            BigDecimal whole = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, earlier, b + c)).amountYuan();
            BigDecimal split = fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, earlier, b)).amountYuan()
                    .add(fees.calculate(NOTICE, new FeeBasis.PerRequest(RECEIVED, earlier + b, c)).amountYuan());
            assertThat(whole).as("earlier %d, %d + %d", earlier, b, c).isEqualByComparingTo(split);
        }
    }
}
