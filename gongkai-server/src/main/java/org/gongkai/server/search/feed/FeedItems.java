package org.gongkai.server.search.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.gongkai.publication.CatalogueEntry;

/**
 * Which entries a feed carries (per agency, per 第二十条 item: the most recently published, repealed or expired first,
 * a bounded number; see {@link FeedItem} for entries no longer in force) and the wording shared by both feed formats.
 */
public final class FeedItems {

    public static final int DEFAULT_LIMIT = 50;
    static final int SUMMARY_LENGTH = 120;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五"};

    private FeedItems() {
    }

    /** Return the {@code limit} most recently changed entries of one agency, as they stand at the end of {@code asOf}. */
    public static List<FeedItem> ofAgency(Collection<CatalogueEntry> entries, String agency, LocalDate asOf, int limit) {
        return newest(entries.stream().filter(e -> e.content().agency().equals(agency)).toList(), asOf, limit);
    }

    /** Return the {@code limit} most recently changed entries under one item of 第二十条, as they stand on {@code asOf}. */
    public static List<FeedItem> ofArticle20Item(Collection<CatalogueEntry> entries, int item, LocalDate asOf, int limit) {
        return newest(entries.stream().filter(e -> e.content().article20Item() == item).toList(), asOf, limit);
    }

    private static List<FeedItem> newest(List<CatalogueEntry> entries, LocalDate asOf, int limit) {
        List<FeedItem> sorted = new ArrayList<>(entries.stream().map(e -> FeedItem.of(e, asOf)).toList());
        sorted.sort(Comparator.comparing(FeedItem::updatedOn).reversed()
                .thenComparing(i -> i.entry().indexNumber().toString()));
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    /** Return the label of an item of 第二十条, e.g. 第二十条第（一）项. */
    public static String article20Label(int item) {
        return "第二十条第（" + NUMERALS[item - 1] + "）项";
    }

    /** Return a stable identifier of an entry that does not depend on the portal's address. */
    static String id(CatalogueEntry entry) {
        return "urn:gongkai:" + entry.indexNumber();
    }

    static String summary(CatalogueEntry entry) {
        String body = entry.content().body().strip();
        return body.length() <= SUMMARY_LENGTH ? body : body.substring(0, SUMMARY_LENGTH) + "…";
    }

    static String timestamp(LocalDate day, ZoneId zone) {
        return OffsetDateTime.of(day.atStartOfDay(), zone.getRules().getOffset(day.atStartOfDay())).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Return the feed's updated time: its newest item's update day, or {@code fallback} for an empty feed. */
    static LocalDate updated(List<FeedItem> items, LocalDate fallback) {
        return items.stream().map(FeedItem::updatedOn).max(Comparator.naturalOrder()).orElse(fallback);
    }
}
