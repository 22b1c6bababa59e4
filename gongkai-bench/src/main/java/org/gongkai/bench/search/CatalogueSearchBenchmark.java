package org.gongkai.bench.search;

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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.gongkai.server.search.PublicationIndex;
import org.gongkai.server.search.SearchDocument;
import org.gongkai.server.search.SearchQuery;

/**
 * The catalogue search benchmark: builds the product's {@link PublicationIndex} over generated entries, times the
 * generated queries on it, then times the same queries as {@code LIKE '%…%'} scans on H2 (file) and on PostgreSQL
 * (embedded) loaded with the same entries, all in one run.
 *
 * <p>Usage: {@code CatalogueSearchBenchmark [entries=1000000] [queries=1000] [scanQueries=100] [workDir=target/bench-search] [keep]}.
 * The scans take seconds each on a million rows, so only the first {@code scanQueries} queries are scanned (0: no
 * scans); the index is timed on those too, so the speed-up compares like with like. With {@code keep} the work
 * directory is kept, and an index or database that already holds {@code entries} entries is reused, not rebuilt.
 */
public final class CatalogueSearchBenchmark {

    static final long SEED = 2019_05_15L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private final PrintStream out;
    private final boolean keep;

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
        List<BenchQuery> scanned = queries.subList(0, Math.min(scanCount, queries.size()));

        try (PublicationIndex index = PublicationIndex.open(work.resolve("index"))) {
            if (index.size() != entries) {
                long start = System.nanoTime();
                index.rebuild(corpus.entries(entries).map(e -> new SearchDocument(e, List.of())));
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "index build: %d entries in %.1f s (%.0f entries/s), %d MB on disk%n", entries,
                        buildSeconds, entries / buildSeconds, sizeMb(work.resolve("index")));
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
            if (scanned.isEmpty()) {
                return;
            }
            long[][] subset = time(index, scanned);
            report("index, first " + scanned.size(), subset[0], subset[1]);

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

    private void report(String what, long[] wall, long[] cpu) {
        Timings w = new Timings(wall);
        Timings c = new Timings(cpu);
        out.printf(Locale.ROOT, "%s, %d queries: wall p50 %.2f ms, p99 %.2f ms; CPU p50 %.2f ms, p99 %.2f ms%n",
                what, w.size(), w.percentileMillis(50), w.percentileMillis(99), c.percentileMillis(50), c.percentileMillis(99));
    }

    private static long[] pick(long[] values, int[] positions) {
        return IntStream.of(positions).mapToLong(i -> values[i]).toArray();
    }

    /** Time the LIKE scans; CPU time is the calling thread's, which holds H2's work but not PostgreSQL's (a server). */
    private void scan(String name, Connection connection, CatalogueGenerator corpus, long entries, List<BenchQuery> queries,
            long[][] index) throws SQLException {
        LikeScan scan = new LikeScan(connection);
        if (scan.rows() != entries) {
            long start = System.nanoTime();
            scan.load(corpus.entries(entries));
            out.printf(Locale.ROOT, "%s: loaded %d rows in %.1f s%n", name, entries, (System.nanoTime() - start) / 1e9);
        }
        scan.search(queries.get(0)); // warm the table into cache
        long[][] nanos = measure(queries, q -> {
            try {
                scan.search(q);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        report(name + " LIKE scan", nanos[0], nanos[1]);
        Timings wall = new Timings(nanos[0]);
        Timings indexWall = new Timings(index[0]);
        out.printf(Locale.ROOT, "  wall clock: the index is %.0fx faster at p50, %.0fx at p99%n",
                wall.percentileMillis(50) / indexWall.percentileMillis(50), wall.percentileMillis(99) / indexWall.percentileMillis(99));
    }

    /** Run each query once; return its wall-clock and CPU nanoseconds ({@code [0][i]} and {@code [1][i]}). */
    private static long[][] time(PublicationIndex index, List<BenchQuery> queries) {
        return measure(queries, q -> index.search(SearchQuery.of(q.text(), TODAY)));
    }

    private static long[][] measure(List<BenchQuery> queries, Work work) {
        long[][] nanos = new long[2][queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            work.run(queries.get(i));
            nanos[0][i] = System.nanoTime() - wall;
            nanos[1][i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        return nanos;
    }

    @FunctionalInterface
    private interface Work {
        void run(BenchQuery query);
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
