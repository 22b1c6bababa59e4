package org.gongkai.server.search.feed;

import java.time.LocalDate;
import java.util.Objects;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.Validity;

/**
 * One entry as a feed carries it on a day. A feed syndicates what is in force: an entry repealed (废止) or expired
 * (失效) by then is not dropped but carried as an update, dated the day it stopped being in force and marked in its
 * title, so that a platform that republished it learns to take it down.
 *
 * @param updatedOn the publication day for an entry in force, else its repeal or expiry day
 */
public record FeedItem(CatalogueEntry entry, Validity validity, LocalDate updatedOn) {

    public FeedItem {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(updatedOn, "updatedOn");
    }

    /** Return {@code entry} as it stands at the end of {@code asOf}. */
    public static FeedItem of(CatalogueEntry entry, LocalDate asOf) {
        Validity validity = entry.validityOn(asOf);
        LocalDate updatedOn = validity == Validity.REPEALED ? entry.repealedOn().orElseThrow()
                : validity == Validity.EXPIRED ? entry.content().expiresOn().orElseThrow()
                : entry.publishedOn();
        return new FeedItem(entry, validity, updatedOn);
    }

    public boolean inForce() {
        return validity == Validity.IN_FORCE;
    }

    /** Return the title as the feed shows it: marked 【已废止】 or 【已失效】 once the entry is no longer in force. */
    public String title() {
        return inForce() ? entry.content().title() : "【已" + validity.label() + "】" + entry.content().title();
    }

    /** Return the summary, opening with the day the entry stopped being in force when it did. */
    public String summary() {
        String summary = FeedItems.summary(entry);
        return inForce() ? summary : ("本信息已于 " + updatedOn + " " + validity.label() + "。" + summary).strip();
    }
}
