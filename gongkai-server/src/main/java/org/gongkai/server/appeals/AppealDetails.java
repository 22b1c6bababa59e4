package org.gongkai.server.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.server.store.RefusedException;

/**
 * What staff enter in the 表四 register about one review or lawsuit: everything but its id and result.
 * Blank texts are absent; {@link #check()} refuses what cannot be stored, in one Chinese sentence.
 */
public record AppealDetails(
        Optional<String> request,
        AppealKind kind,
        LocalDate filedOn,
        Optional<String> caseNumber,
        Optional<String> body,
        boolean reviewOrganCoDefendant) {

    static final int MAX_REQUEST = 64;
    static final int MAX_CASE_NUMBER = 100;
    static final int MAX_BODY = 200;

    public AppealDetails {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedOn, "filedOn");
        request = request.map(String::strip).filter(s -> !s.isEmpty());
        caseNumber = caseNumber.map(String::strip).filter(s -> !s.isEmpty());
        body = body.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The details of a registered appeal. */
    public static AppealDetails of(Appeal appeal) {
        return new AppealDetails(appeal.request(), appeal.kind(), appeal.filedOn(), appeal.caseNumber(), appeal.body(),
                appeal.reviewOrganCoDefendant());
    }

    /** Refuse details that are too long or mark a review or direct lawsuit as a co-defendant case. */
    void check() {
        tooLong("申请的受理编号", request, MAX_REQUEST);
        tooLong("案号", caseNumber, MAX_CASE_NUMBER);
        tooLong("复议机关或法院", body, MAX_BODY);
        if (reviewOrganCoDefendant && kind != AppealKind.LITIGATION_AFTER_REVIEW) {
            throw new RefusedException("只有复议后起诉的案件才可能以复议机关身份作为共同被告；" + kind.label() + "不能这样标注。");
        }
    }

    /** Return, in Chinese, what differs from {@code old} ("立案日期：2025-05-06 → 2025-05-07"), or an empty list. */
    List<String> changesFrom(AppealDetails old) {
        List<String> changes = new ArrayList<>();
        change(changes, "类别", old.kind.label(), kind.label());
        change(changes, "立案日期", old.filedOn.toString(), filedOn.toString());
        change(changes, "申请的受理编号", old.request.orElse("（无）"), request.orElse("（无）"));
        change(changes, "案号", old.caseNumber.orElse("（无）"), caseNumber.orElse("（无）"));
        change(changes, "复议机关或法院", old.body.orElse("（无）"), body.orElse("（无）"));
        change(changes, "复议机关作共同被告", old.reviewOrganCoDefendant ? "是" : "否", reviewOrganCoDefendant ? "是" : "否");
        return changes;
    }

    private static void change(List<String> changes, String label, String before, String after) {
        if (!before.equals(after)) {
            changes.add(label + "：" + before + " → " + after);
        }
    }

    private static void tooLong(String label, Optional<String> value, int max) {
        value.filter(v -> v.length() > max).ifPresent(v -> {
            throw new RefusedException(label + "最多 " + max + " 个字符，现有 " + v.length() + " 个。");
        });
    }
}
