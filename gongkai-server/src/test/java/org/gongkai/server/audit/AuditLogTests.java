package org.gongkai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gongkai.server.store.DatabaseTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogTests extends DatabaseTests {

    private AuditLog log;

    @BeforeEach
    void fillLog() {
        log = new AuditLog(db.jdbc(), Clock.fixed(Instant.parse("2025-03-03T01:02:03.123456789Z"), ZoneOffset.UTC));
        db.transactions().executeWithoutResult(tx -> {
            log.append("clerk1", "REQUEST_REGISTERED", "R-1", "收到申请");
            log.append("clerk1", "REQUEST_CLOSED", "R-1", "予以公开");
            log.append("admin", "SETTING_CHANGED", "x", "y");
        });
    }

    @Test
    void intactChainVerifies() {
        assertThat(log.verify()).isEmpty();
        assertThat(log.about("R-1")).extracting(AuditEntry::action)
                .containsExactly("REQUEST_REGISTERED", "REQUEST_CLOSED");
    }

    @Test
    void editedEntryIsFound() {
        db.jdbc().sql("update audit_log set detail = '不予公开' where seq = 2").update();
        assertThat(log.verify()).containsExactly("审计日志第 2 条的内容与其哈希不符（该条被改动）。");
    }

    @Test
    void deletedEntryIsFound() {
        db.jdbc().sql("delete from audit_log where seq = 2").update();
        assertThat(log.verify()).containsExactly("审计日志缺少第 2 至第 2 条（已被删除）。");
    }

    @Test
    void deletedNewestEntryIsFound() {
        db.jdbc().sql("delete from audit_log where seq = 3").update();
        assertThat(log.verify()).singleElement().asString().contains("最后一条应为第 3 条，实际为第 2 条");
    }

    @Test
    void entryRewrittenWithItsOwnHashBreaksTheLinkOfTheNext() {
        AuditEntry forged = AuditEntry.next(2, Instant.parse("2025-03-03T01:02:03Z"), "clerk1", "REQUEST_CLOSED", "R-1",
                "不予公开", db.jdbc().sql("select hash from audit_log where seq = 1").query(String.class).single());
        db.jdbc().sql("update audit_log set detail = ?, at = ?, hash = ? where seq = 2")
                .params(forged.detail(), java.time.OffsetDateTime.ofInstant(forged.at(), ZoneOffset.UTC), forged.hash())
                .update();
        assertThat(log.verify()).containsExactly("审计日志第 3 条与前一条的链接不符（前一条被改动或替换）。");
    }
}
