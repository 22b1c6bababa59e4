package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClockSettingsTests {

    @Test
    void defaultsAreTheDocumentedOnes() {
        ClockSettings defaults = ClockSettings.defaults();
        assertThat(defaults.replyWorkingDays().value()).isEqualTo(20);
        assertThat(defaults.extensionMaxWorkingDays().value()).isEqualTo(20);
        assertThat(defaults.clarificationNoticeWorkingDays().value()).isEqualTo(7);
        assertThat(defaults.consultationReplyWorkingDays().value()).isEqualTo(15);
        assertThat(defaults.feePaymentWorkingDays().value()).isEqualTo(20);
        assertThat(defaults.receiptDayCounts().value()).isFalse();
        assertThat(defaults.feeTimeExcluded().value()).isTrue();
        assertThat(defaults.emailReceivedOnArrival().value()).isFalse();
        assertThat(defaults.replyWorkingDays().effectiveFrom()).isEqualTo("2019-05-15");
    }

    @Test
    void valueHoldsFromItsStartUntilTheNextStart() {
        ClockSettingsTable table = ClockSettingsTable.parseCsv("two starts", """
                setting,effective_from,value,reference
                replyWorkingDays,2008-05-01,15,2007年条例第二十四条
                replyWorkingDays,2019-05-15,20,2019年条例第三十三条
                extensionMaxWorkingDays,2008-05-01,15,2007年条例第二十四条
                clarificationNoticeWorkingDays,2008-05-01,7,第三十条
                consultationReplyWorkingDays,2008-05-01,15,第三十二条
                feePaymentWorkingDays,2008-05-01,20,109号
                receiptDayCounts,2008-05-01,false,未确认
                feeTimeExcluded,2008-05-01,true,未确认
                emailReceivedOnArrival,2008-05-01,false,第三十一条
                lateClarificationRestarts,2008-05-01,false,未确认
                """);
        assertThat(table.inForceOn(LocalDate.of(2019, 5, 14)).replyWorkingDays().value()).isEqualTo(15);
        assertThat(table.inForceOn(LocalDate.of(2019, 5, 15)).replyWorkingDays().value()).isEqualTo(20);
        assertThat(table.latest().replyWorkingDays().reference()).isEqualTo("2019年条例第三十三条");
        assertThatThrownBy(() -> table.inForceOn(LocalDate.of(2008, 4, 30)))
                .hasMessage("设置表“two starts”中，设置 replyWorkingDays 在 2008-04-30 没有生效的值");
    }

    @Test
    void bundledFeeSettingsStartWith109() {
        assertThatThrownBy(() -> ClockSettingsTable.bundled().inForceOn(LocalDate.of(2020, 12, 31)))
                .hasMessageContaining("feePaymentWorkingDays 在 2020-12-31 没有生效的值");
        assertThat(ClockSettingsTable.bundled().inForceOn(LocalDate.of(2021, 1, 1)).feeTimeExcluded().value()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-header.csv         | 第 1 行：表头应为“setting,effective_from,value,reference”
            wrong-column-count.csv | 第 2 行：应有 4 列
            bad-date.csv           | 第 2 行：生效日期“2019-15-05”不是 yyyy-mm-dd 格式的有效日期
            unknown-setting.csv    | 第 2 行：未知的设置名“replyWorkingdays”
            bad-integer.csv        | 第 2 行：设置 replyWorkingDays 的值“twenty”应为正整数
            bad-boolean.csv        | 第 2 行：设置 receiptDayCounts 的值“no”应为 true 或 false
            duplicate-start.csv    | 第 3 行：设置 replyWorkingDays 在 2019-05-15 生效的值重复出现
            """)
    void malformedTableIsRejectedNamingTheLine(String fixture, String message) throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("malformed/" + fixture)) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThatThrownBy(() -> ClockSettingsTable.parseCsv(fixture, csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("设置表“" + fixture + "”")
                .hasMessageContaining(message);
    }
}
