package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue item being prepared (草稿). It can only be reviewed; publishing needs a {@link Reviewed} draft.
 *
 * @param formedOn the day the information was formed or changed, from which 第二十六条 counts 20 working days
 * @param author who drafted it (an account name, not a personal name)
 * @param previousVersion the entry this one replaces, for a new version
 */
public record Draft(String id, CatalogueContent content, LocalDate formedOn, String author, Optional<String> previousVersion) {

    public Draft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(formedOn, "formedOn");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(previousVersion, "previousVersion");
    }

    /** Start a first version. */
    public static Draft of(String id, CatalogueContent content, LocalDate formedOn, String author) {
        return new Draft(id, content, formedOn, author, Optional.empty());
    }

    /** Record the 保密审查 by {@code reviewer}; the author may not review their own draft. */
    public Reviewed review(String reviewer, LocalDate on) {
        if (reviewer.equals(author)) {
            throw new PublicationRefusedException("保密审查须由起草人以外的人员进行：" + reviewer + " 是本稿的起草人");
        }
        if (on.isBefore(formedOn)) {
            throw new PublicationRefusedException("审查日期 " + on + " 早于信息形成日期 " + formedOn);
        }
        return new Reviewed(this, reviewer, on);
    }
}
