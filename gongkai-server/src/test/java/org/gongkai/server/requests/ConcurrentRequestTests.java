package org.gongkai.server.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.server.store.Fixtures.CLERK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.request.Outcome;
import org.gongkai.server.Assembly;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several clerks, or several retries, at the same moment. */
class ConcurrentRequestTests extends DatabaseTests {

    private static final int THREADS = 6;

    private Assembly services;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.of(db);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    private <T> List<Object> race(Callable<T> action) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return action.call();
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                results.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                results.add(e.getCause());
            }
        }
        return results;
    }

    @Test
    void clerksClosingTheSameRequestAtOnceOneWinsTheOthersGetAConflict() throws Exception {
        String id = services.requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 5, 6)))
                .request().request().id();

        List<Object> results = race(() -> services.requests.close(CLERK, StatedLetters.ref(id, 1),
                LocalDate.of(2025, 5, 20), Outcome.DISCLOSED));

        assertThat(results).filteredOn(StoredRequest.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof StoredRequest)).hasSize(THREADS - 1)
                .allSatisfy(r -> assertThat(r).isInstanceOf(ConflictException.class)
                        .asString().contains("已被其他人修改"));
        StoredRequest stored = services.requests.get(id);
        assertThat(stored.request().events()).hasSize(2);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(services.audit.about(id)).hasSize(2);
        assertThat(services.audit.verify()).isEmpty();
    }

    @Test
    void simultaneousRetriesOfOneSubmissionCreateOneRequest() throws Exception {
        List<Object> results = race(() -> services.requests.register(CLERK,
                RequestServiceTests.inPerson("same-key", LocalDate.of(2025, 5, 6))));

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(RequestService.Registration.class));
        assertThat(results).map(r -> ((RequestService.Registration) r).request().request().id()).containsOnly(
                "TEST-A-2025-0001");
        assertThat(results).filteredOn(r -> ((RequestService.Registration) r).created()).hasSize(1);
        assertThat(db.jdbc().sql("select count(*) from disclosure_request").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void simultaneousSubmissionsGetDistinctConsecutiveTrackingNumbers() throws Exception {
        List<Object> results = race(() -> services.requests.register(CLERK,
                RequestServiceTests.inPerson("key-" + Thread.currentThread().getId(), LocalDate.of(2025, 5, 6))));
        assertThat(results).map(r -> ((RequestService.Registration) r).request().request().id())
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("TEST-A-2025-000[1-6]"));
        assertThat(services.audit.verify()).isEmpty();
    }
}
