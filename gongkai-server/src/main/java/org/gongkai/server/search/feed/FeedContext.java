package org.gongkai.server.search.feed;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.server.time.ServerTime;

/**
 * What a feed needs besides its entries: its title and addresses, and how the portal addresses entries, attachments
 * and agencies. Dates are written at the start of the day in {@code zone} (China Standard Time by default).
 */
public record FeedContext(
        String title,
        URI feedUrl,
        URI homePageUrl,
        Function<CatalogueEntry, URI> entryUrl,
        BiFunction<CatalogueEntry, Attachment, URI> attachmentUrl,
        Function<String, String> agencyName,
        ZoneId zone) {

    public static final ZoneId CHINA = ServerTime.ZONE;

    public FeedContext {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(homePageUrl, "homePageUrl");
        Objects.requireNonNull(entryUrl, "entryUrl");
        Objects.requireNonNull(attachmentUrl, "attachmentUrl");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(zone, "zone");
    }
}
