package org.gongkai.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 国办函〔2020〕109号 schedules; the worked examples of law-spec.md §3.2 and the band edges. */
class ProcessingFeeTests {

    // 45 件: 11–30 = 20 × 100, 31–40 = 10 × 200, 41–45 = 5 × 300 -> 2000 + 2000 + 1500 = 5500 (law-spec §3.2).
    // 30 件: 20 × 100 = 2000; 31 件: 2000 + 200 = 2200; 51 件: 2000 + 2000 + 3000 + 400 = 7400.
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
        assertThat(ProcessingFee.perRequest(0, items).amountYuan()).isEqualByComparingTo(yuan);
    }

    // 150 pages: 31–100 = 70 × 10, 101–150 = 50 × 20 -> 700 + 1000 = 1700 (law-spec §3.2).
    // 201 pages: 700 + 100 × 20 + 1 × 40 = 2740.
    @ParameterizedTest(name = "{0} pages cost {1} yuan")
    @CsvSource(textBlock = """
            30, 0
            31, 10
            100, 700
            101, 720
            150, 1700
            200, 2700
            201, 2740
            """)
    void perPageIsByBands(int pages, BigDecimal yuan) {
        assertThat(ProcessingFee.perPage(pages).amountYuan()).isEqualByComparingTo(yuan);
    }

    @Test
    void calculationListsEveryBand() {
        assertThat(ProcessingFee.perRequest(0, 45).lines()).containsExactly(
                "第 1—10 件：10 件 × 0 元 = 0 元",
                "第 11—30 件：20 件 × 100 元 = 2000 元",
                "第 31—40 件：10 件 × 200 元 = 2000 元",
                "第 41—45 件：5 件 × 300 元 = 1500 元",
                "合计 5500 元（按件计收，国办函〔2020〕109号第四条）");
    }

    @Test
    void itemsAccumulatePerApplicantPerCalendarMonth() {
        // A: 8 件 on 03-03 (free), then 5 more on 03-20 = items 9..13 -> 11, 12, 13 at 100 = 300;
        // B in the same month starts from zero; A again in April starts from zero.
        List<FeeCalculation> fees = ProcessingFee.perRequest(List.of(
                new PerRequestCharge("A", LocalDate.of(2025, 3, 3), 8),
                new PerRequestCharge("A", LocalDate.of(2025, 3, 20), 5),
                new PerRequestCharge("B", LocalDate.of(2025, 3, 21), 5),
                new PerRequestCharge("A", LocalDate.of(2025, 4, 1), 12)));
        assertThat(fees).extracting(FeeCalculation::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("200"));
    }

    @Test
    void chargesBefore109TookEffectAreRefused() {
        assertThatThrownBy(() -> new PerRequestCharge("A", LocalDate.of(2020, 12, 31), 1))
                .hasMessageContaining("早于国办函〔2020〕109号的施行日 2021-01-01");
    }
}
