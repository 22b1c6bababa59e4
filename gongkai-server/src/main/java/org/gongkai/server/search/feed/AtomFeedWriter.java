package org.gongkai.server.search.feed;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueEntry;

/** Writes an Atom 1.0 feed (RFC 4287) of catalogue entries for new-media syndication (同源发布). */
public final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {
    }

    /**
     * Write {@code items} in the order given.
     *
     * @param emptyFeedUpdated the feed's {@code updated} date when there are no items
     */
    public static void write(FeedContext context, List<FeedItem> items, LocalDate emptyFeedUpdated, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "zh-CN");
            text(xml, "id", context.feedUrl().toString());
            text(xml, "title", context.title());
            text(xml, "updated", FeedItems.timestamp(FeedItems.updated(items, emptyFeedUpdated), context.zone()));
            link(xml, "self", context.feedUrl().toString(), "application/atom+xml", null);
            link(xml, "alternate", context.homePageUrl().toString(), "text/html", null);
            text(xml, "generator", "Gongkai");
            for (FeedItem item : items) {
                entry(xml, context, item);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
    }

    private static void entry(XMLStreamWriter xml, FeedContext context, FeedItem item) throws XMLStreamException {
        CatalogueEntry entry = item.entry();
        xml.writeStartElement("entry");
        text(xml, "id", FeedItems.id(entry));
        text(xml, "title", item.title());
        text(xml, "published", FeedItems.timestamp(entry.publishedOn(), context.zone()));
        text(xml, "updated", FeedItems.timestamp(item.updatedOn(), context.zone()));
        link(xml, "alternate", context.entryUrl().apply(entry).toString(), "text/html", null);
        for (Attachment a : entry.content().attachments()) {
            link(xml, "enclosure", context.attachmentUrl().apply(entry, a).toString(), a.mediaType(), a);
        }
        xml.writeStartElement("author");
        text(xml, "name", context.agencyName().apply(entry.content().agency()));
        xml.writeEndElement();
        category(xml, "article20-" + entry.content().article20Item(), FeedItems.article20Label(entry.content().article20Item()));
        category(xml, entry.content().kind().name(), entry.content().kind().label());
        category(xml, "validity-" + item.validity().name(), item.validity().label());
        for (String keyword : entry.content().keywords()) {
            category(xml, keyword, keyword);
        }
        text(xml, "summary", item.summary());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(entry.content().body());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type, Attachment attachment) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        if (attachment != null) {
            xml.writeAttribute("title", attachment.fileName());
            xml.writeAttribute("length", Long.toString(attachment.sizeBytes()));
        }
    }

    private static void category(XMLStreamWriter xml, String term, String label) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("label", label);
    }
}
