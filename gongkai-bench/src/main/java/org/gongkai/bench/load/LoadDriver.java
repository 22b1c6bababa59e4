package org.gongkai.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded, closed-loop HTTP load driver for a running {@code gongkai serve}: a fixed number of workers,
 * each sending its next request when the previous one is answered. Phases, each for a fixed time:
 * the baseline ({@code GET /actuator/health}: the HTTP stack plus one database round trip), durable
 * submissions ({@code POST /api/v1/requests}, each with a new client key) and status look-ups
 * ({@code GET /api/v1/requests/{trackingNumber}} of the submitted requests). Prints one Markdown row per phase.
 *
 * <p>Usage: {@code LoadDriver --url http://127.0.0.1:8080 --agency SH-HZB --seconds 20 --workers 8 --label H2}.
 * Exit code 2 for bad arguments, 1 when a phase saw errors.
 */
public final class LoadDriver {

    private static final Pattern TRACKING = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");

    private final String url;
    private final String agency;
    private final int seconds;
    private final int workers;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> trackingNumbers = new CopyOnWriteArrayList<>();

    private LoadDriver(String url, String agency, int seconds, int workers) {
        this.url = url;
        this.agency = agency;
        this.seconds = seconds;
        this.workers = workers;
    }

    /** One phase's measurements. */
    record Result(String phase, int operations, int errors, double seconds, long[] latenciesNanos) {

        double throughput() {
            return operations / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options;
        try {
            options = Arguments.parse(args, List.of("url", "agency", "seconds", "workers", "label"));
        } catch (IllegalArgumentException e) {
            System.err.println("错误：" + e.getMessage());
            System.exit(2);
            return;
        }
        LoadDriver driver = new LoadDriver(options.getOrDefault("url", "http://127.0.0.1:8080"),
                options.getOrDefault("agency", "SH-HZB"), Integer.parseInt(options.getOrDefault("seconds", "20")),
                Integer.parseInt(options.getOrDefault("workers", "8")));
        String label = options.getOrDefault("label", "");
        List<Result> results = new ArrayList<>();
        driver.run("warm-up", driver::submit, Math.min(5, driver.seconds));
        results.add(driver.run("baseline: GET /actuator/health", driver::health, driver.seconds));
        results.add(driver.run("durable submissions: POST /api/v1/requests", driver::submit, driver.seconds));
        results.add(driver.run("status look-ups: GET /api/v1/requests/{n}", driver::lookUp, driver.seconds));
        System.out.println("| database | phase | workers | operations | errors | throughput (/s) | p50 (ms) | p99 (ms) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.0f | %.1f | %.1f |%n", label, r.phase(),
                    driver.workers, r.operations(), r.errors(), r.throughput(), r.percentileMillis(50),
                    r.percentileMillis(99));
        }
        System.exit(results.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0);
    }

    /** One operation: send, return whether it succeeded. */
    private interface Operation {
        boolean call() throws Exception;
    }

    private Result run(String phase, Operation operation, int phaseSeconds) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(phaseSeconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.call();
                    } catch (Exception e) {
                        ok = false;
                    }
                    latencies.add(System.nanoTime() - t0);
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(phase, sorted.length, errors.get(), elapsed, sorted);
    }

    private boolean health() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }

    private boolean submit() throws Exception {
        String key = "bench-" + System.nanoTime() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String body = "{\"clientKey\":\"" + key + "\",\"agency\":\"" + agency
                + "\",\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"压测申请人\","
                + "\"applicantPhone\":\"10000000000\",\"subject\":\"压力测试申请\"}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TRACKING.matcher(response.body());
        if (response.statusCode() != 201 || !m.find()) {
            return false;
        }
        trackingNumbers.add(m.group(1));
        return true;
    }

    private boolean lookUp() throws Exception {
        String number = trackingNumbers.get(ThreadLocalRandom.current().nextInt(trackingNumbers.size()));
        return client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/requests/" + number)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }
}
