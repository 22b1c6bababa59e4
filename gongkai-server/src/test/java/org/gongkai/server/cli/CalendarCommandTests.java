package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarCommandTests {

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(textBlock = """
            2025-09-28, true
            2025-10-01, false
            2025-10-12, false
            """)
    void isWorkingDayPrintsTrueOrFalse(String date, String expected) {
        // Sun 2025-09-28 is a make-up working day; 10-01 National Day; 10-12 an ordinary Sunday.
        CliRun run = CliRun.of("calendar", "is-working-day", date);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    void addWorkingDaysPrintsTheNthWorkingDayAfter() {
        // Fri 2025-09-26 + 20: Sun 09-28 make-up = 1 ... Thu 10-30 = 20 (StatutoryClockTests (a)).
        CliRun run = CliRun.of("calendar", "add-working-days", "2025-09-26", "20");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2025-10-30" + System.lineSeparator());
    }

    @Test
    void explainNamesTheNoticeThatDecidedTheDay() {
        CliRun run = CliRun.of("calendar", "explain", "2020-02-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2020-02-01（周六）：春节放假（依据：国办发明电〔2020〕1号（延长2020年春节假期））；不是工作日"
                + System.lineSeparator());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed date        | calendar is-working-day 2025-02-30          | 错误：DATE：“2025-02-30”不是 yyyy-mm-dd 格式的有效日期
            malformed start date  | calendar add-working-days 25-09-26 3        | 错误：DATE：“25-09-26”不是 yyyy-mm-dd 格式的有效日期
            count not a number    | calendar add-working-days 2025-09-26 three  | 错误：N：“three”不是 0 到 999999 之间的整数
            negative count        | calendar add-working-days 2025-09-26 -1     | 错误：
            """)
    void badArgumentIsOneLineWithExitCode2(String name, String args, String error) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith(error).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
