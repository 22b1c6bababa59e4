package org.gongkai.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gongkai.bench.generate.DatasetGenerator;
import org.gongkai.bench.generate.GeneratorSettings;
import org.gongkai.dataset.Dataset;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.compile.RollupReport;
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
 * Compile every agency's annual report for the middle year of the generated dataset (10,000 agencies,
 * 1,000,000 requests over three years), then the top office's roll-up of all of them. The time includes
 * indexing the dataset by agency; generating it is setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class ReportCompileBenchmark {

    private final GeneratorSettings settings = GeneratorSettings.benchmark();
    private Dataset dataset;

    @Setup(Level.Trial)
    public void generate() {
        dataset = DatasetGenerator.generate(settings);
    }

    @Benchmark
    public RollupReport compileAllReportsAndRollUp() {
        ReportCompiler compiler = ReportCompiler.of(dataset);
        int year = settings.middleYear();
        Map<String, AnnualReport> reports = compiler.compileAll(year);
        String top = DatasetGenerator.agencyCode(0);
        List<AnnualReport> descendants = new ArrayList<>();
        for (String code : compiler.descendantsOf(top)) {
            descendants.add(reports.get(code));
        }
        return RollupReport.of(reports.get(top), descendants);
    }
}
