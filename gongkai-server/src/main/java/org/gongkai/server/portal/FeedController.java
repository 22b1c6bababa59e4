package org.gongkai.server.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.search.CatalogueIndexer;
import org.gongkai.server.search.StoredEntries;
import org.gongkai.server.search.feed.AtomFeedWriter;
import org.gongkai.server.search.feed.FeedContext;
import org.gongkai.server.search.feed.FeedItem;
import org.gongkai.server.search.feed.FeedItems;
import org.gongkai.server.search.feed.JsonFeedWriter;
import org.gongkai.server.store.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An agency's newest publications as Atom and JSON Feed, optionally of one item of 第二十条 ({@code ?item=N}). */
@Controller
class FeedController {

    private final Clock clock;
    private final PublicationService publications;
    private final PortalAgencies agencies;
    private final MessageSource messages;
    private final StoredEntries stored;

    FeedController(Clock clock, PublicationService publications, StoredEntries stored, PortalAgencies agencies, MessageSource messages) {
        this.clock = clock;
        this.publications = publications;
        this.stored = stored;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/agencies/{code}/feed.atom")
    void atom(@PathVariable String code, @RequestParam Optional<Integer> item, HttpServletResponse response)
            throws IOException {
        FeedContext context = context(code, item, "feed.atom");
        response.setContentType("application/atom+xml;charset=UTF-8");
        LocalDate today = LocalDate.now(clock);
        AtomFeedWriter.write(context, withContent(items(code, item, today)), today, response.getWriter());
    }

    @GetMapping("/agencies/{code}/feed.json")
    void json(@PathVariable String code, @RequestParam Optional<Integer> item, HttpServletResponse response)
            throws IOException {
        FeedContext context = context(code, item, "feed.json");
        response.setContentType("application/feed+json;charset=UTF-8");
        JsonFeedWriter.write(context, withContent(items(code, item, LocalDate.now(clock))), response.getWriter());
    }

    private List<FeedItem> items(String code, Optional<Integer> item, LocalDate today) {
        List<CatalogueEntry> all = publications.byAgency(code).stream()
                .map(CatalogueIndexer::entry).flatMap(Optional::stream).toList();
        return item.map(i -> FeedItems.ofArticle20Item(all, i, today, FeedItems.DEFAULT_LIMIT))
                .orElseGet(() -> FeedItems.ofAgency(all, code, today, FeedItems.DEFAULT_LIMIT));
    }

    /** Return the chosen items with their entries' text and attachments. */
    private List<FeedItem> withContent(List<FeedItem> items) {
        return items.stream().map(i -> new FeedItem(stored.complete(i.entry()), i.validity(), i.updatedOn())).toList();
    }

    private FeedContext context(String code, Optional<Integer> item, String file) {
        Agency agency = agencies.get(code);
        if (item.map(i -> i < 1 || i > 15).orElse(false)) {
            throw new NotFoundException(file + "?item=" + item.get());
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/agencies/" + code;
        String title = agency.name() + messages.getMessage("catalogue.title", null, LocaleContextHolder.getLocale())
                + item.map(FeedItems::article20Label).orElse("");
        URI feedUrl = URI.create(base + "/" + file + item.map(i -> "?item=" + i).orElse(""));
        return new FeedContext(title, feedUrl, URI.create(base + "/catalogue"),
                e -> URI.create(base + "/publications/" + e.id()),
                (e, a) -> URI.create(base + "/publications/" + e.id() + "/attachments/"
                        + (e.content().attachments().indexOf(a) + 1)),
                c -> agencies.get(c).name(), FeedContext.CHINA);
    }
}
