package org.gongkai.bench.reportcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.read.ReportCheck;
import org.gongkai.report.read.ReportReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read and check 10,000 published reports given as text (the degraded corpus: tabs, dropped group labels,
 * mangled headers, a page break in 表三, half with an arithmetic error), on one core; and the real published
 * reports kept with the core's tests ({@code gongkai-core/src/test/resources/samples}, or the folder the system
 * property {@code samples} names), repeated to 10,000 texts. The baseline only scans every text once for its digit
 * runs: the least any reader of these files must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx2g", "-Xms2g"})
public class ReportCheckBenchmark {

    static final int REPORTS = 10_000;

    private List<String> texts;
    private List<String> samples;

    @Setup(Level.Trial)
    public void generate() {
        texts = PublishedReportCorpus.generate(1, REPORTS).stream().map(PublishedReportCorpus.Entry::text).toList();
        Path folder = Path.of(System.getProperty("samples", "gongkai-core/src/test/resources/samples"));
        List<String> real = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                real.add(Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no sample reports in " + folder.toAbsolutePath(), e);
        }
        samples = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            samples.add(real.get(i % real.size()));
        }
    }

    @Benchmark
    public int readAndCheckTenThousandRealReports() {
        return readAndCheck(samples);
    }

    @Benchmark
    public int readAndCheckTenThousandReports() {
        return readAndCheck(texts);
    }

    private static int readAndCheck(List<String> texts) {
        int errors = 0;
        for (String text : texts) {
            ReadReport read = ReportReader.readText(text);
            errors += ReportCheck.check(read).size();
        }
        return errors;
    }

    @Benchmark
    public long baselineScanDigitRuns() {
        long runs = 0;
        for (String text : texts) {
            boolean inRun = false;
            for (int i = 0; i < text.length(); i++) {
                boolean digit = Character.isDigit(text.charAt(i));
                runs += digit && !inRun ? 1 : 0;
                inRun = digit;
            }
        }
        return runs;
    }
}
