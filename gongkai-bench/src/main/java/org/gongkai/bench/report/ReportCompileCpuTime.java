package org.gongkai.bench.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.bench.generate.DatasetGenerator;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.bench.generate.GeneratorSettings;
import org.gongkai.dataset.Dataset;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.compile.RollupReport;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.StatutoryClock;

/**
 * The CPU time the working thread spends on each step of {@link ReportCompileBenchmark}'s work, and on the
 * {@link Table3GroupByBaseline} queries (H2 runs them in the calling thread), for machines shared with other
 * work, where wall-clock time also counts the waiting. Prints one line per round.
 * Usage: {@code java -Xmx4g -cp benchmarks.jar org.gongkai.bench.report.ReportCompileCpuTime [rounds] [clock]};
 * with {@code clock}, the compiler also asks the statutory clock whether each request closed in the year was on time.
 */
public final class ReportCompileCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReportCompileCpuTime() {
    }

    public static void main(String[] args) throws SQLException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        GeneratorSettings settings = GeneratorSettings.benchmark();
        Dataset dataset = DatasetGenerator.generate(settings);
        String top = DatasetGenerator.agencyCode(0);
        StatutoryClock clock = args.length > 1 && args[1].equals("clock")
                ? new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults()) : null;
        for (int round = 1; round <= rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            ReportCompiler compiler = clock == null ? ReportCompiler.of(dataset) : ReportCompiler.of(dataset, clock);
            long indexed = THREADS.getCurrentThreadCpuTime();
            Map<String, AnnualReport> reports = compiler.compileAll(settings.middleYear());
            long compiled = THREADS.getCurrentThreadCpuTime();
            List<AnnualReport> descendants = new ArrayList<>();
            for (String code : compiler.descendantsOf(top)) {
                descendants.add(reports.get(code));
            }
            RollupReport rollup = RollupReport.of(reports.get(top), descendants);
            long rolledUp = THREADS.getCurrentThreadCpuTime();
            System.out.printf("round %d: index %d ms, compile %d reports %d ms, roll-up of %d %d ms, total %d ms CPU%n",
                    round, millis(indexed - start), reports.size(), millis(compiled - indexed),
                    rollup.agencies().size(), millis(rolledUp - compiled), millis(rolledUp - start));
        }
        dataset = null; // let it be collected before the baseline generates and loads its own copy
        Table3GroupByBaseline baseline = new Table3GroupByBaseline();
        baseline.load(settings);
        try {
            for (int round = 1; round <= rounds; round++) {
                long start = THREADS.getCurrentThreadCpuTime();
                baseline.table3CountsBySqlGroupBy();
                System.out.printf("round %d: H2 GROUP BY baseline %d ms CPU%n", round,
                        millis(THREADS.getCurrentThreadCpuTime() - start));
            }
        } finally {
            baseline.close();
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
