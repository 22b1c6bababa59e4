package org.gongkai.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The append-only audit log. {@link #append} must run inside the transaction of the change it records:
 * the entry and the change commit together or not at all.
 */
public final class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Append an entry; the caller's transaction holds the chain's head until it commits. */
    public AuditEntry append(String actor, String action, String subject, String detail) {
        Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        AuditEntry entry = AuditEntry.next(head.seq + 1, clock.instant(), actor, action, subject, detail, head.hash);
        jdbc.sql("insert into audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.seq(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.actor(),
                        entry.action(), entry.subject(), entry.detail(), entry.prevHash(), entry.hash())
                .update();
        jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = 1")
                .params(entry.seq(), entry.hash())
                .update();
        return entry;
    }

    /** Return the entries about {@code subject}, oldest first. */
    public List<AuditEntry> about(String subject) {
        return jdbc.sql("select * from audit_log where subject = ? order by seq").param(subject).query(AuditLog::row).list();
    }

    /**
     * Check the whole chain and return what is wrong (Chinese, one line per problem); empty when intact.
     * Finds an edited entry (its hash no longer matches), a deleted one (a gap in the numbers, or a broken
     * link), and a deleted newest entry (the head names an entry that is gone).
     */
    /** Return how many entries the log holds. */
    public long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }

    public List<String> verify() {
        List<String> problems = new ArrayList<>();
        Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        Verifier verifier = new Verifier(problems);
        jdbc.sql("select * from audit_log order by seq").query(rs -> {
            verifier.accept(row(rs, 0));
        });
        if (verifier.lastSeq != head.seq || !verifier.lastHash.equals(head.hash)) {
            problems.add("审计日志末尾不完整：最后一条应为第 " + head.seq + " 条，实际为第 " + verifier.lastSeq
                    + " 条（末尾的条目被删除或改动）。");
        }
        return problems;
    }

    private static final class Verifier implements Consumer<AuditEntry> {
        private final List<String> problems;
        private long lastSeq;
        private String lastHash = "0".repeat(64);

        Verifier(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public void accept(AuditEntry entry) {
            if (entry.seq() != lastSeq + 1) {
                problems.add("审计日志缺少第 " + (lastSeq + 1) + " 至第 " + (entry.seq() - 1) + " 条（已被删除）。");
            } else if (!entry.prevHash().equals(lastHash)) {
                problems.add("审计日志第 " + entry.seq() + " 条与前一条的链接不符（前一条被改动或替换）。");
            }
            if (!entry.hashMatches()) {
                problems.add("审计日志第 " + entry.seq() + " 条的内容与其哈希不符（该条被改动）。");
            }
            lastSeq = entry.seq();
            lastHash = entry.hash();
        }
    }

    private static AuditEntry row(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private record Head(long seq, String hash) {
    }
}
