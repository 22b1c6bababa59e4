package org.gongkai.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fee schedules as dated data: the bundled 109号 table, and every malformed table refused by line. */
class FeeScheduleTableTests {

    private static final String HEADER = "schedule,effective_from,first_unit,rate_yuan,step_units,step_yuan,reference";

    @Test
    void theBundledTableHoldsBoth109SchedulesFrom20210101() {
        FeeScheduleTable table = FeeScheduleTable.bundled();
        for (FeeSchedule schedule : FeeSchedule.values()) {
            assertThat(table.inForceOn(schedule, LocalDate.of(2020, 12, 31))).isEmpty();
            assertThat(table.inForceOn(schedule, LocalDate.of(2021, 1, 1))).map(FeeScale::effectiveFrom)
                    .contains(LocalDate.of(2021, 1, 1));
        }
        assertThat(table.inForceOn(FeeSchedule.PER_REQUEST, LocalDate.of(2026, 12, 8)).orElseThrow().bands())
                .extracting(FeeBand::firstUnit).containsExactly(1, 11, 31);
        assertThat(table.inForceOn(FeeSchedule.PER_PAGE, LocalDate.of(2026, 12, 8)).orElseThrow().bands())
                .extracting(FeeBand::firstUnit).containsExactly(1, 31, 101, 201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong header          | schedule,from,first,rate,steps,step,reference\\n                  | 收费标准表“t.csv”第 1 行：表头应为“schedule,effective_from,first_unit,rate_yuan,step_units,step_yuan,reference”
            no bands              | HEADER\\n                                                          | 收费标准表“t.csv”第 2 行：没有收费档次
            six columns           | HEADER\\nPER_PAGE,2021-01-01,1,0,,                                 | 收费标准表“t.csv”第 2 行：应有 7 列：收费方式,生效日期,起始单位,单价（元）,每档单位数,每档增加（元）,法律依据
            unknown schedule      | HEADER\\nPER_HOUR,2021-01-01,1,0,,,某条                            | 收费标准表“t.csv”第 2 行：收费方式“PER_HOUR”应为 PER_REQUEST（按件计收）或 PER_PAGE（按量计收）
            bad date              | HEADER\\nPER_PAGE,2021-02-30,1,0,,,某条                            | 收费标准表“t.csv”第 2 行：生效日期“2021-02-30”不是 yyyy-mm-dd 格式的有效日期
            zero first unit       | HEADER\\nPER_PAGE,2021-01-01,0,0,,,某条                            | 收费标准表“t.csv”第 2 行：起始单位“0”应为正整数
            negative rate         | HEADER\\nPER_PAGE,2021-01-01,1,-5,,,某条                           | 收费标准表“t.csv”第 2 行：单价“-5”应为不带符号的元数，最多两位小数
            half a step           | HEADER\\nPER_PAGE,2021-01-01,1,0,10,,某条                          | 收费标准表“t.csv”第 2 行：每档单位数和每档增加额应同时为空，或分别为正整数和金额
            first band not 1      | HEADER\\nPER_PAGE,2021-01-01,31,10,,,某条                          | 收费标准表“t.csv”第 2 行：按量计收自 2021-01-01 起的标准应从第 1 页开始
            bands out of order    | HEADER\\nPER_PAGE,2021-01-01,1,0,,,某条\\nPER_PAGE,2021-01-01,1,10,,,某条 | 收费标准表“t.csv”第 2 行：按量计收自 2021-01-01 起的标准中，第 1 页起的档次应排在更高的起点之后
            """)
    void aMalformedTableIsRefusedNamingTheLine(String name, String csv, String message) {
        String text = csv.replace("HEADER", HEADER).replace("\\n", "\n");
        assertThatThrownBy(() -> FeeScheduleTable.parseCsv("t.csv", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
