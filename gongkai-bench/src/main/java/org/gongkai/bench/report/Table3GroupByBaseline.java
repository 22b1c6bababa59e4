package org.gongkai.bench.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.gongkai.bench.generate.DatasetGenerator;
import org.gongkai.bench.generate.GeneratorSettings;
import org.gongkai.report.Table3Row;
import org.gongkai.request.DisclosureRequest;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline: the same 表三 counts (本年新收, 上年结转, the 21 outcome rows, 结转下年度 by agency and applicant
 * type) for the middle year by SQL GROUP BY on an in-memory H2 database holding the same generated requests,
 * one row per request. Loading the table is setup. H2 would otherwise hand back the previous result of an
 * unchanged query on unchanged tables, so that is switched off: every call counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class Table3GroupByBaseline {

    private static final String STATES = """
            SELECT agency, applicant,
                   SUM(CASE WHEN received >= ?1 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN received < ?1 AND (finished IS NULL OR finished >= ?1) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN finished IS NULL OR finished > ?2 THEN 1 ELSE 0 END)
            FROM request WHERE received <= ?2 GROUP BY agency, applicant""";
    private static final String OUTCOMES = """
            SELECT agency, applicant, outcome, COUNT(*) FROM request
            WHERE finished BETWEEN ?1 AND ?2 GROUP BY agency, applicant, outcome""";

    private GeneratorSettings settings;
    private Connection connection;

    @Setup(Level.Trial)
    public void load() throws SQLException {
        load(GeneratorSettings.benchmark());
    }

    /** Load the requests {@code generated} describes into a fresh in-memory table. */
    void load(GeneratorSettings generated) throws SQLException {
        settings = generated;
        connection = DriverManager.getConnection("jdbc:h2:mem:;OPTIMIZE_REUSE_RESULTS=FALSE");
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE request (agency INT NOT NULL, applicant INT NOT NULL, received DATE NOT NULL,"
                    + " finished DATE, outcome INT)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO request VALUES (?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (DisclosureRequest request : DatasetGenerator.generate(settings).requests()) {
                insert.setInt(1, Integer.parseInt(request.agency().substring(2)));
                insert.setInt(2, request.applicantType().ordinal());
                insert.setDate(3, Date.valueOf(request.receivedOn()));
                if (request.finishedOn().isPresent()) {
                    insert.setDate(4, Date.valueOf(request.finishedOn().get()));
                    insert.setInt(5, request.outcome().orElseThrow().ordinal());
                } else {
                    insert.setNull(4, Types.DATE);
                    insert.setNull(5, Types.INTEGER);
                }
                insert.addBatch();
                if (++batched % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** Return the counts as [agency][表三 row][applicant type], the totals left to the caller as the compiler derives them. */
    @Benchmark
    public int[][][] table3CountsBySqlGroupBy() throws SQLException {
        LocalDate first = LocalDate.of(settings.middleYear(), 1, 1);
        LocalDate last = LocalDate.of(settings.middleYear(), 12, 31);
        int[][][] counts = new int[settings.agencies()][Table3Row.values().length][6];
        try (PreparedStatement states = connection.prepareStatement(STATES)) {
            states.setDate(1, Date.valueOf(first));
            states.setDate(2, Date.valueOf(last));
            try (ResultSet rows = states.executeQuery()) {
                while (rows.next()) {
                    int[][] agency = counts[rows.getInt(1)];
                    int applicant = rows.getInt(2);
                    agency[Table3Row.NEW.ordinal()][applicant] = rows.getInt(3);
                    agency[Table3Row.CARRIED_OVER.ordinal()][applicant] = rows.getInt(4);
                    agency[Table3Row.CARRIED_FORWARD.ordinal()][applicant] = rows.getInt(5);
                }
            }
        }
        try (PreparedStatement outcomes = connection.prepareStatement(OUTCOMES)) {
            outcomes.setDate(1, Date.valueOf(first));
            outcomes.setDate(2, Date.valueOf(last));
            try (ResultSet rows = outcomes.executeQuery()) {
                while (rows.next()) {
                    counts[rows.getInt(1)][Table3Row.DISCLOSED.ordinal() + rows.getInt(3)][rows.getInt(2)] =
                            rows.getInt(4);
                }
            }
        }
        return counts;
    }
}
