package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A draft that passed 保密审查 by a second person; the only state that can be published. */
public record Reviewed(Draft draft, String reviewer, LocalDate reviewedOn) {

    public Reviewed {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(reviewedOn, "reviewedOn");
    }

    /** Publish under {@code indexNumber} on {@code day}; the number's organisation code must be the agency's code. */
    public CatalogueEntry publish(IndexNumber indexNumber, LocalDate day) {
        if (day.isBefore(reviewedOn)) {
            throw new PublicationRefusedException("发布日期 " + day + " 早于保密审查日期 " + reviewedOn);
        }
        if (!indexNumber.organisationCode().equals(draft.content().agency())) {
            throw new PublicationRefusedException("索引号 " + indexNumber + " 不属于发布机构 " + draft.content().agency());
        }
        if (day.isBefore(draft.content().issuedOn())) {
            throw new PublicationRefusedException("发布日期 " + day + " 早于成文日期 " + draft.content().issuedOn());
        }
        return new CatalogueEntry(draft.id(), indexNumber, draft.content(), day, Optional.empty(),
                draft.previousVersion());
    }
}
