package org.gongkai.bench.reportcheck;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time the working thread spends on {@link ReportCheckBenchmark}'s work (read and check 10,000
 * published reports) and on its baseline, for machines shared with other work, where wall-clock time also
 * counts the waiting. Prints one line per round.
 * Usage: {@code java -cp benchmarks.jar org.gongkai.bench.reportcheck.ReportCheckCpuTime [rounds]}.
 */
public final class ReportCheckCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReportCheckCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ReportCheckBenchmark benchmark = new ReportCheckBenchmark();
        benchmark.generate();
        for (int round = 1; round <= rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            int findings = benchmark.readAndCheckTenThousandReports();
            long checked = THREADS.getCurrentThreadCpuTime();
            long runs = benchmark.baselineScanDigitRuns();
            long scanned = THREADS.getCurrentThreadCpuTime();
            int realFindings = benchmark.readAndCheckTenThousandRealReports();
            long real = THREADS.getCurrentThreadCpuTime();
            System.out.printf("round %d: read and check %d reports %d ms CPU (%d findings); real samples %d ms CPU"
                    + " (%d findings); baseline scan %d ms CPU (%d digit runs)%n", round, ReportCheckBenchmark.REPORTS,
                    millis(checked - start), findings, millis(real - scanned), realFindings, millis(scanned - checked),
                    runs);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
