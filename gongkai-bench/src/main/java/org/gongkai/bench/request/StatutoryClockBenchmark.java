package org.gongkai.bench.request;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.bench.generate.DatasetGenerator;
import org.gongkai.bench.generate.GeneratorSettings;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.Deadline;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.StatutoryClock;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The due date of 100,000 generated requests (100 agencies, 2023–2025) on the bundled calendar: as the report
 * compiler asks for it, without the trace, and, as the baseline, with the trace written as well.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class StatutoryClockBenchmark {

    private final StatutoryClock clock = new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults());
    private List<DisclosureRequest> requests;

    @Setup(Level.Trial)
    public void generate() {
        requests = DatasetGenerator.generate(new GeneratorSettings(20251231L, 100, 100_000, 2023, 3)).requests();
    }

    @Benchmark
    public void dueDates(Blackhole sink) {
        for (DisclosureRequest request : requests) {
            sink.consume(clock.deadline(request).dueOn());
        }
    }

    @Benchmark
    public void dueDatesWithTraceBaseline(Blackhole sink) {
        for (DisclosureRequest request : requests) {
            Deadline deadline = clock.deadline(request);
            sink.consume(deadline.dueOn());
            sink.consume(deadline.trace());
        }
    }
}
