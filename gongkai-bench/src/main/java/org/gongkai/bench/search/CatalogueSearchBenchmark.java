package org.gongkai.bench.search;

import com.sun.management.OperatingSystemMXBean;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.gongkai.server.search.PublicationIndex;
import org.gongkai.server.search.SearchDocument;
import org.gongkai.server.search.SearchQuery;

/**
 * The catalogue search benchmark: builds the product's {@link PublicationIndex} over generated entries, times the
 * generated queries on it, then measures recall: for as many random runs of 2–6 characters of titles, bodies and
 * 文号 as there are queries, the index's exact count must equal what a {@code LIKE '%…%'} over the same normalised
 * fields counts (computed in one pass over the corpus), and each run's search is timed. Finally the first runs are
 * counted by {@code LIKE} scans on H2 (file) and on PostgreSQL (embedded) loaded with the same entries, timed, and
 * checked against the same counts, all in one run.
 *
 * <p>Usage: {@code CatalogueSearchBenchmark [entries=1000000] [queries=1000] [scanQueries=100] [workDir=target/bench-search] [keep]}.
 * The scans take seconds each on a million rows, so only the first {@code scanQueries} runs are scanned (0: no
 * scans); the index is timed on those too, so the speed-up compares like with like. With {@code keep} the work
 * directory is kept, and an index or database that already holds {@code entries} entries is reused, not rebuilt.
 */
public final class CatalogueSearchBenchmark {

    static final long SEED = 2019_05_15L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final PrintStream out;
    private final boolean keep;
    /** The recall runs' expected counts, once computed. */
    private long[] expected;

    private CatalogueSearchBenchmark(PrintStream out, boolean keep) {
        this.out = out;
        this.keep = keep;
    }

    public static void main(String[] args) throws Exception {
        long entries = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int scanQueries = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path work = Path.of(args.length > 3 ? args[3] : "target/bench-search");
        boolean keep = args.length > 4 && args[4].equals("keep");
        // Each query runs up to three times (warm-up, all queries, the scanned ones): Lucene's query cache would
        // answer the later runs of a query's filters from memory, which a first-time query never gets.
        IndexSearcher.setDefaultQueryCache(null);
        new CatalogueSearchBenchmark(new PrintStream(System.out, true, StandardCharsets.UTF_8), keep)
                .run(entries, queries, scanQueries, work);
    }

    private void run(long entries, int queryCount, int scanCount, Path work) throws Exception {
        if (!keep) {
            deleteRecursively(work);
        }
        Files.createDirectories(work);
        CatalogueGenerator corpus = new CatalogueGenerator(SEED);
        List<BenchQuery> queries = QueryGenerator.queries(corpus, entries, queryCount, SEED + 1);
        List<String> runs = RecallQueries.runs(corpus, entries, queryCount, SEED + 2);
        List<String> scanned = runs.subList(0, Math.min(scanCount, runs.size()));

        try (PublicationIndex index = PublicationIndex.open(work.resolve("index"))) {
            if (index.size() != entries) {
                out.println("load before the build: " + load());
                long start = System.nanoTime();
                long threadCpu = THREADS.getCurrentThreadCpuTime();
                long processCpu = PROCESS.getProcessCpuTime();
                index.rebuild(corpus.entries(entries).map(e -> new SearchDocument(e, List.of())));
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "index build: %d entries in %.1f s wall (%.0f entries/s), CPU %.1f s in the building "
                        + "thread, %.1f s in the process (merges included), %d MB on disk; load after: %s%n", entries,
                        buildSeconds, entries / buildSeconds, (THREADS.getCurrentThreadCpuTime() - threadCpu) / 1e9,
                        (PROCESS.getProcessCpuTime() - processCpu) / 1e9, sizeMb(work.resolve("index")), load());
            } else {
                out.printf(Locale.ROOT, "index: reusing %d entries, %d MB on disk%n", entries, sizeMb(work.resolve("index")));
            }
            time(index, queries); // warm-up, not reported
            long[][] nanos = time(index, queries);
            report("index", nanos[0], nanos[1]);
            for (String kind : queries.stream().map(BenchQuery::kind).distinct().toList()) {
                int[] ofKind = IntStream.range(0, queries.size()).filter(i -> queries.get(i).kind().equals(kind)).toArray();
                report("  " + kind, pick(nanos[0], ofKind), pick(nanos[1], ofKind));
            }
            out.println("  slowest (CPU): " + IntStream.range(0, queries.size()).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> nanos[1][i]).reversed()).limit(5)
                    .map(i -> String.format(Locale.ROOT, "%s %.1f ms (%d hits)", queries.get(i).text(), nanos[1][i] / 1e6,
                            index.search(SearchQuery.of(queries.get(i).text(), TODAY)).total()))
                    .collect(Collectors.joining("; ")));
            long[][] subset = recall(index, corpus, entries, runs, scanned.size());
            if (scanned.isEmpty()) {
                return;
            }

            String h2Url = "jdbc:h2:file:" + work.toAbsolutePath().resolve("h2/catalogue") + ";DB_CLOSE_ON_EXIT=FALSE";
            try (Connection h2 = DriverManager.getConnection(h2Url, "sa", "")) {
                scan("H2 (file)", h2, corpus, entries, scanned, subset);
            }
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.resolve("pg").toFile())
                    .setDataDirectory(work.resolve("pg-data"))
                    .setCleanDataDirectory(!keep)
                    .start();
                    Connection pg = postgres.getPostgresDatabase().getConnection()) {
                scan("PostgreSQL " + pg.getMetaData().getDatabaseProductVersion(), pg, corpus, entries, scanned, subset);
            }
        } finally {
            if (!keep) {
                deleteRecursively(work);
            }
        }
    }

    /**
     * Check and time the recall runs; return the wall-clock and CPU nanoseconds of the first {@code scanned} runs'
     * searches.
     */
    private long[][] recall(PublicationIndex index, CatalogueGenerator corpus, long entries, List<String> runs, int scanned) {
        long start = System.nanoTime();
        expected = RecallQueries.expectedCounts(corpus.entries(entries), runs);
        out.printf(Locale.ROOT, "recall: expected counts of %d runs in one pass over the corpus in %.1f s%n", runs.size(),
                (System.nanoTime() - start) / 1e9);
        int exact = 0;
        long missing = 0;
        long extra = 0;
        for (int i = 0; i < runs.size(); i++) {
            long found = index.count(SearchQuery.of(RecallQueries.typed(runs.get(i)), TODAY));
            exact += found == expected[i] ? 1 : 0;
            missing += Math.max(0, expected[i] - found);
            extra += Math.max(0, found - expected[i]);
            if (found != expected[i]) {
                out.printf(Locale.ROOT, "  MISMATCH %s: index %d, LIKE %d%n", runs.get(i), found, expected[i]);
            }
        }
        out.printf(Locale.ROOT, "recall: %d of %d runs counted exactly as LIKE counts (%.1f%%); %d entries missing, %d extra, "
                + "of %d expected%n", exact, runs.size(), 100.0 * exact / runs.size(), missing, extra, LongStream.of(expected).sum());
        List<BenchQuery> searches = runs.stream().map(r -> BenchQuery.phrase(RecallQueries.RECALL, r)).toList();
        time(index, searches); // warm-up, not reported
        long[][] nanos = time(index, searches);
        report("index, " + RecallQueries.RECALL, nanos[0], nanos[1]);
        out.println("  load: " + load());
        long[][] subset = {Arrays.copyOf(nanos[0], scanned), Arrays.copyOf(nanos[1], scanned)};
        if (scanned > 0) {
            report("index, first " + scanned + " runs", subset[0], subset[1]);
        }
        return subset;
    }

    private static String load() {
        return String.format(Locale.ROOT, "load average %.2f on %d cores", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private void report(String what, long[] wall, long[] cpu) {
        Timings w = new Timings(wall);
        Timings c = new Timings(cpu);
        out.printf(Locale.ROOT, "%s, %d queries: wall p50 %.2f ms, p99 %.2f ms; CPU p50 %.2f ms, p99 %.2f ms%n",
                what, w.size(), w.percentileMillis(50), w.percentileMillis(99), c.percentileMillis(50), c.percentileMillis(99));
    }

    private static long[] pick(long[] values, int[] positions) {
        return IntStream.of(positions).mapToLong(i -> values[i]).toArray();
    }

    /**
     * Time the LIKE counts of {@code runs} and check each against the expected count; CPU time is the calling
     * thread's, which holds H2's work but not PostgreSQL's (a server).
     */
    private void scan(String name, Connection connection, CatalogueGenerator corpus, long entries, List<String> runs,
            long[][] index) throws SQLException {
        LikeScan scan = new LikeScan(connection);
        if (scan.rows() != entries) {
            long start = System.nanoTime();
            scan.load(corpus.entries(entries));
            out.printf(Locale.ROOT, "%s: loaded %d rows in %.1f s%n", name, entries, (System.nanoTime() - start) / 1e9);
        }
        scan.count(runs.get(0)); // warm the table into cache
        long[] counts = new long[runs.size()];
        long[][] nanos = measure(runs.size(), i -> {
            try {
                counts[i] = scan.count(runs.get(i));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        report(name + " LIKE count", nanos[0], nanos[1]);
        out.println("  load: " + load());
        long agreeing = IntStream.range(0, runs.size()).filter(i -> counts[i] == expected[i]).count();
        out.printf(Locale.ROOT, "  %d of %d LIKE counts equal the expected counts (and so the index's where those are exact)%n",
                agreeing, runs.size());
        Timings wall = new Timings(nanos[0]);
        Timings indexWall = new Timings(index[0]);
        out.printf(Locale.ROOT, "  wall clock: the index is %.0fx faster at p50, %.0fx at p99%n",
                wall.percentileMillis(50) / indexWall.percentileMillis(50), wall.percentileMillis(99) / indexWall.percentileMillis(99));
    }

    /** Run each query once; return its wall-clock and CPU nanoseconds ({@code [0][i]} and {@code [1][i]}). */
    private static long[][] time(PublicationIndex index, List<BenchQuery> queries) {
        return measure(queries.size(), i -> index.search(SearchQuery.of(queries.get(i).text(), TODAY)));
    }

    private static long[][] measure(int count, Work work) {
        long[][] nanos = new long[2][count];
        for (int i = 0; i < count; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            work.run(i);
            nanos[0][i] = System.nanoTime() - wall;
            nanos[1][i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        return nanos;
    }

    @FunctionalInterface
    private interface Work {
        void run(int query);
    }

    private static long sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
