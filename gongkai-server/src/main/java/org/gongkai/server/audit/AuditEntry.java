package org.gongkai.server.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gongkai.server.security.Sha256;

/** One audit log entry; {@link #hash} covers every other field, {@link #prevHash} chains it to the entry before. */
public record AuditEntry(
        long seq, Instant at, String actor, String action, String subject, String detail, String prevHash, String hash) {

    /** Return the entry that follows one with {@code prevHash}, its hash computed. */
    static AuditEntry next(long seq, Instant at, String actor, String action, String subject, String detail,
            String prevHash) {
        Instant micros = at.truncatedTo(ChronoUnit.MICROS);
        return new AuditEntry(seq, micros, actor, action, subject, detail, prevHash,
                hash(seq, micros, actor, action, subject, detail, prevHash));
    }

    /** Return whether the stored hash matches the stored fields. */
    boolean hashMatches() {
        return hash.equals(hash(seq, at, actor, action, subject, detail, prevHash));
    }

    private static String hash(long seq, Instant at, String actor, String action, String subject, String detail,
            String prevHash) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        String canonical = String.join("\u001f",
                Long.toString(seq), Long.toString(micros), actor, action, subject, detail, prevHash);
        return Sha256.hex(canonical);
    }
}
