package org.gongkai.server.search.feed;

import java.io.Writer;
import java.util.List;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueEntry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a JSON Feed 1.1 (jsonfeed.org) of catalogue entries; catalogue metadata goes in the {@code _gongkai} extension. */
public final class JsonFeedWriter {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFeedWriter() {
    }

    /** Write {@code items} in the order given. */
    public static void write(FeedContext context, List<FeedItem> items, Writer out) {
        ObjectNode feed = JSON.createObjectNode();
        feed.put("version", VERSION);
        feed.put("title", context.title());
        feed.put("home_page_url", context.homePageUrl().toString());
        feed.put("feed_url", context.feedUrl().toString());
        feed.put("language", "zh-CN");
        ArrayNode array = feed.putArray("items");
        for (FeedItem item : items) {
            array.add(item(context, item));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, feed);
    }

    private static ObjectNode item(FeedContext context, FeedItem feedItem) {
        CatalogueEntry entry = feedItem.entry();
        ObjectNode item = JSON.createObjectNode();
        item.put("id", FeedItems.id(entry));
        item.put("url", context.entryUrl().apply(entry).toString());
        item.put("title", feedItem.title());
        item.put("content_text", entry.content().body());
        item.put("summary", feedItem.summary());
        item.put("date_published", FeedItems.timestamp(entry.publishedOn(), context.zone()));
        item.put("date_modified", FeedItems.timestamp(feedItem.updatedOn(), context.zone()));
        item.putArray("authors").addObject().put("name", context.agencyName().apply(entry.content().agency()));
        ArrayNode tags = item.putArray("tags");
        tags.add(FeedItems.article20Label(entry.content().article20Item()));
        tags.add(entry.content().kind().label());
        entry.content().keywords().forEach(tags::add);
        if (!feedItem.inForce()) {
            tags.add("已" + feedItem.validity().label());
        }
        if (!entry.content().attachments().isEmpty()) {
            ArrayNode attachments = item.putArray("attachments");
            for (Attachment a : entry.content().attachments()) {
                attachments.addObject()
                        .put("url", context.attachmentUrl().apply(entry, a).toString())
                        .put("mime_type", a.mediaType())
                        .put("title", a.fileName())
                        .put("size_in_bytes", a.sizeBytes());
            }
        }
        ObjectNode gongkai = item.putObject("_gongkai");
        gongkai.put("indexNumber", entry.indexNumber().toString());
        entry.content().documentNumber().ifPresent(n -> gongkai.put("documentNumber", n));
        gongkai.put("agency", entry.content().agency());
        gongkai.put("article20Item", entry.content().article20Item());
        gongkai.put("kind", entry.content().kind().name());
        gongkai.put("issuedOn", entry.content().issuedOn().toString());
        gongkai.put("validity", feedItem.validity().name());
        entry.repealedOn().ifPresent(d -> gongkai.put("repealedOn", d.toString()));
        entry.content().expiresOn().ifPresent(d -> gongkai.put("expiresOn", d.toString()));
        return item;
    }
}
