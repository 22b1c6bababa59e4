package org.gongkai.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseKind;
import org.gongkai.server.store.DatabaseSettings;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Submissions to a server in a child JVM that is killed with SIGKILL at a random moment: after a restart
 * every acknowledged submission is present and intact, none is duplicated, and the audit chain holds.
 */
class CrashSafetyTests {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final Pattern TRACKING = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");
    private static final int DRIVERS = 4;

    @TempDir
    Path dir;

    /** What the driver sent under one client key, and the tracking number the server acknowledged. */
    private record Sent(String applicantName, String subject) {
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"H2, 11", "H2, 23", "POSTGRESQL, 41"})
    void everyAcknowledgedSubmissionSurvivesAKill(DatabaseKind kind, long seed) throws Exception {
        Random random = new Random(seed);
        DatabaseSettings settings = settings(kind);
        try (Database db = Database.open(settings)) {
            new AgencyRepository(db.jdbc()).insert(new Agency(Fixtures.AGENCY, "测试市人民政府办公室", Optional.empty()));
        }
        List<String> arguments = kind == DatabaseKind.H2
                ? List.of("--gongkai.encryption.key=" + KEY)
                : List.of("--gongkai.encryption.key=" + KEY, "--spring.datasource.url=" + settings.url(),
                        "--spring.datasource.username=" + settings.username());

        Map<String, Sent> sent = new ConcurrentHashMap<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        ServerProcess server = ServerProcess.start(dir, arguments);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acks = new AtomicInteger();
        List<Thread> drivers = new ArrayList<>();
        for (int d = 0; d < DRIVERS; d++) {
            int driver = d;
            Thread thread = new Thread(() -> drive(server, driver, seed, sent, acknowledged, acks, stop));
            thread.start();
            drivers.add(thread);
        }
        int atLeast = 20 + random.nextInt(60);
        while (acks.get() < atLeast) {
            Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(300));
        server.kill();
        stop.set(true);
        for (Thread t : drivers) {
            t.join();
        }

        ServerProcess restarted = ServerProcess.start(dir, arguments);
        try {
            HttpClient client = HttpClient.newHttpClient();
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                HttpResponse<String> retry = client.send(submission(restarted, ack.getKey(), sent.get(ack.getKey())),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(retry.statusCode()).as(ack.getKey()).isEqualTo(200);
                assertThat(trackingNumber(retry.body())).contains(ack.getValue());
            }
        } finally {
            restarted.kill();
        }

        try (Database db = Database.open(settings)) {
            PersonalDataCipher cipher = new PersonalDataCipher(java.util.Base64.getDecoder().decode(KEY));
            Map<String, String> stored = new ConcurrentHashMap<>();
            db.jdbc().sql("select client_key, id, subject, applicant_name from disclosure_request").query(rs -> {
                String clientKey = rs.getString(1);
                assertThat(sent).as("a request nobody sent").containsKey(clientKey);
                assertThat(rs.getString(3)).isEqualTo(sent.get(clientKey).subject());
                assertThat(cipher.decrypt(rs.getString(4))).isEqualTo(sent.get(clientKey).applicantName());
                assertThat(stored.put(clientKey, rs.getString(2))).as("duplicate of " + clientKey).isNull();
            });
            assertThat(stored).containsAllEntriesOf(acknowledged);
            assertThat(db.jdbc().sql("select count(*) from request_event").query(Integer.class).single())
                    .isEqualTo(stored.size());
            assertThat(new AuditLog(db.jdbc(), Fixtures.CLOCK).verify()).isEmpty();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(atLeast);
    }

    private DatabaseSettings settings(DatabaseKind kind) {
        if (kind == DatabaseKind.POSTGRESQL) {
            return TestDatabases.freshPostgresSettings();
        }
        // The server's own default (./data under its working directory), seen from the test by absolute path.
        return new DatabaseSettings(DatabaseSettings.DEFAULT_URL.replace("./data", dir.resolve("data").toString()),
                "sa", "", 2);
    }

    private static void drive(ServerProcess server, int driver, long seed, Map<String, Sent> sent,
            Map<String, String> acknowledged, AtomicInteger acks, AtomicBoolean stop) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Random random = new Random(seed * 31 + driver);
        for (int i = 0; !stop.get(); i++) {
            String clientKey = "crash-" + seed + "-" + driver + "-" + i;
            Sent what = new Sent("申请人" + driver + "号" + i, "第 " + i + " 件测试申请（" + random.nextInt(1000) + "）");
            sent.put(clientKey, what);
            try {
                HttpResponse<String> response = client.send(submission(server, clientKey, what),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.put(clientKey, trackingNumber(response.body()).orElseThrow());
                    acks.incrementAndGet();
                }
            } catch (IOException | InterruptedException serverGone) {
                return;
            }
        }
    }

    private static HttpRequest submission(ServerProcess server, String clientKey, Sent what) {
        String body = "{\"clientKey\":\"" + clientKey + "\",\"agency\":\"" + Fixtures.AGENCY
                + "\",\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"" + what.applicantName()
                + "\",\"subject\":\"" + what.subject() + "\"}";
        return HttpRequest.newBuilder(server.uri("/api/v1/requests")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Optional<String> trackingNumber(String body) {
        Matcher m = TRACKING.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
