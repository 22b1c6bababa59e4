package org.gongkai.appeal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative review or lawsuit arising from disclosure work (表四).
 *
 * <p>{@code caseNumber} is the 复议机关's or court's 案号, {@code body} the 复议机关 or court itself.
 * {@code reviewOrganCoDefendant} marks a lawsuit in which this agency is sued only as the 复议机关 beside the
 * organ whose act was reviewed: 国办公开办函〔2016〕201号 has only that organ count it, so it is kept in the
 * register and left out of 表四.
 */
public record Appeal(
        String id,
        String agency,
        Optional<String> request,
        AppealKind kind,
        LocalDate filedOn,
        Optional<AppealResult> result,
        Optional<LocalDate> decidedOn,
        Optional<String> caseNumber,
        Optional<String> body,
        boolean reviewOrganCoDefendant) {

    public Appeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(body, "body");
        if (result.isPresent() != decidedOn.isPresent()) {
            throw new IllegalArgumentException("复议或诉讼 " + id + " 的结果与审结日期必须同时填写或同时为空");
        }
        if (reviewOrganCoDefendant && kind != AppealKind.LITIGATION_AFTER_REVIEW) {
            throw new IllegalArgumentException("复议或诉讼 " + id + " 只有复议后起诉的案件才可能以复议机关身份作为共同被告");
        }
    }

    /** An appeal registered without case number, body or co-defendant mark. */
    public Appeal(String id, String agency, Optional<String> request, AppealKind kind, LocalDate filedOn,
            Optional<AppealResult> result, Optional<LocalDate> decidedOn) {
        this(id, agency, request, kind, filedOn, result, decidedOn, Optional.empty(), Optional.empty(), false);
    }

    /** Return the result as known at the end of {@code day}, or empty when still pending then. */
    public Optional<AppealResult> resultOn(LocalDate day) {
        return decidedOn.filter(d -> !d.isAfter(day)).flatMap(d -> result);
    }

    /** Return whether this agency counts the case in its 表四 (not when only a co-defendant as 复议机关). */
    public boolean counted() {
        return !reviewOrganCoDefendant;
    }

    /** This appeal with {@code result} decided on {@code decidedOn}. */
    public Appeal decided(AppealResult result, LocalDate decidedOn) {
        return new Appeal(id, agency, request, kind, filedOn, Optional.of(result), Optional.of(decidedOn), caseNumber,
                body, reviewOrganCoDefendant);
    }
}
