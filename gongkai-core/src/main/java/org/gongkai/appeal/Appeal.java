package org.gongkai.appeal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An administrative review or lawsuit arising from disclosure work (表四). */
public record Appeal(
        String id,
        String agency,
        Optional<String> request,
        AppealKind kind,
        LocalDate filedOn,
        Optional<AppealResult> result,
        Optional<LocalDate> decidedOn) {

    public Appeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (result.isPresent() != decidedOn.isPresent()) {
            throw new IllegalArgumentException("复议或诉讼 " + id + " 的结果与审结日期必须同时填写或同时为空");
        }
    }

    /** Return the result as known at the end of {@code day}, or empty when still pending then. */
    public Optional<AppealResult> resultOn(LocalDate day) {
        return decidedOn.filter(d -> !d.isAfter(day)).flatMap(d -> result);
    }
}
