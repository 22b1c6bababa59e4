package org.gongkai.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.calendar.WorkCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai calendar}: ask the bundled working-day calendar (official notices 2019–2026). */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "工作日日历（国务院办公厅节假日安排，2019—2026 年；其他年份只按周末计算）。",
        subcommands = {CalendarCommand.IsWorkingDay.class, CalendarCommand.AddWorkingDays.class, CalendarCommand.Explain.class})
final class CalendarCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A calendar question about one date, the first parameter. */
    abstract static class OnDate implements Runnable {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DATE", description = "日期，yyyy-mm-dd")
        String date;

        LocalDate day() {
            return Arguments.date("DATE", date);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** {@code gongkai calendar is-working-day DATE}: prints {@code true} or {@code false}. */
    @Command(name = "is-working-day", mixinStandardHelpOptions = true, description = "DATE 是否为工作日：输出 true 或 false。")
    static final class IsWorkingDay extends OnDate {

        @Override
        public void run() {
            out().println(WorkCalendar.bundled().isWorkingDay(day()));
        }
    }

    /** {@code gongkai calendar add-working-days DATE N}: prints the N-th working day strictly after DATE. */
    @Command(name = "add-working-days", mixinStandardHelpOptions = true,
            description = "输出 DATE 之后第 N 个工作日（DATE 当日不计）。")
    static final class AddWorkingDays extends OnDate {

        @Parameters(index = "1", paramLabel = "N", description = "工作日数，非负整数")
        String days;

        @Override
        public void run() {
            out().println(WorkCalendar.bundled().addWorkingDays(day(), Arguments.nonNegative("N", days)));
        }
    }

    /** {@code gongkai calendar explain DATE}: prints whether DATE is a working day, why, and who decided it. */
    @Command(name = "explain", mixinStandardHelpOptions = true, description = "说明 DATE 是否为工作日、原因及依据。")
    static final class Explain extends OnDate {

        @Override
        public void run() {
            DayExplanation day = WorkCalendar.bundled().explain(day());
            out().println(DayExplanation.dayLabel(day.date()) + "：" + day.why() + "；"
                    + (day.working() ? "计为工作日" : "不是工作日"));
        }
    }
}
