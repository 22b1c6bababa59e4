package org.gongkai.server.search.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.PublicationKind;
import org.gongkai.publication.Validity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FeedWritersTests {

    private static final Attachment TABLE = new Attachment("A-1", "指标表.pdf", "application/pdf", 10752, "0".repeat(64));

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 3);

    private static CatalogueEntry entry(String id, String agency, int item, String title, LocalDate published, List<Attachment> files) {
        return entry(id, agency, item, title, published, files, Optional.empty(), Optional.empty());
    }

    private static CatalogueEntry entry(String id, String agency, int item, String title, LocalDate published,
            List<Attachment> files, Optional<LocalDate> expiresOn, Optional<LocalDate> repealedOn) {
        CatalogueContent content = new CatalogueContent(agency, PublicationKind.NORMATIVE_DOCUMENT, title, Optional.of("沪合规〔2024〕2号"),
                item, published, expiresOn, Optional.empty(), List.of("对口支援"), files, "正文 <含> & 特殊字符。");
        return new CatalogueEntry(id, new IndexNumber(agency, published.getYear(), Integer.parseInt(id.substring(2))), content,
                published, repealedOn, Optional.empty());
    }

    private static final List<CatalogueEntry> ENTRIES = List.of(
            entry("P-1", "SH-HZB", 1, "对口支援项目管理办法", LocalDate.of(2024, 3, 1), List.of(TABLE)),
            entry("P-2", "SH-HZB", 7, "2024年部门预算", LocalDate.of(2024, 2, 10), List.of()),
            entry("P-3", "SH-FGW", 1, "公共数据开放办法", LocalDate.of(2024, 4, 1), List.of()),
            entry("P-4", "SH-HZB", 1, "旧办法", LocalDate.of(2023, 4, 1), List.of()));

    private static final FeedContext CONTEXT = new FeedContext("上海市合作交流办 政府信息公开",
            URI.create("https://example.gov.cn/feeds/agency/SH-HZB.atom"), URI.create("https://example.gov.cn/"),
            e -> URI.create("https://example.gov.cn/catalogue/" + e.id()),
            (e, a) -> URI.create("https://example.gov.cn/files/" + a.id()),
            code -> Map.of("SH-HZB", "上海市人民政府合作交流办公室").getOrDefault(code, code), FeedContext.CHINA);

    @Test
    void selectsPerAgencyAndPerArticle20ItemNewestFirstWithinTheLimit() {
        assertThat(ids(FeedItems.ofAgency(ENTRIES, "SH-HZB", TODAY, 10))).containsExactly("P-1", "P-2", "P-4");
        assertThat(ids(FeedItems.ofAgency(ENTRIES, "SH-HZB", TODAY, 2))).containsExactly("P-1", "P-2");
        assertThat(ids(FeedItems.ofArticle20Item(ENTRIES, 1, TODAY, 10))).containsExactly("P-3", "P-1", "P-4");
        assertThat(FeedItems.article20Label(15)).isEqualTo("第二十条第（十五）项");
    }

    @Test
    void atomFeedIsWellFormedWithEntriesCategoriesAndEnclosures() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeedWriter.write(CONTEXT, FeedItems.ofAgency(ENTRIES, "SH-HZB", TODAY, 10), LocalDate.of(2024, 1, 1), out);
        Element feed = parse(out);
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(child(feed, "updated")).isEqualTo("2024-03-01T00:00:00+08:00");
        assertThat(feed.getElementsByTagName("entry").getLength()).isEqualTo(3);
        Element first = (Element) feed.getElementsByTagName("entry").item(0);
        assertThat(child(first, "id")).isEqualTo("urn:gongkai:SH-HZB-2024-00001");
        assertThat(child(first, "title")).isEqualTo("对口支援项目管理办法");
        assertThat(child(first, "content")).isEqualTo("正文 <含> & 特殊字符。");
        assertThat(out.toString()).contains("正文 &lt;含&gt; &amp; 特殊字符");
        assertThat(out.toString()).contains("label=\"第二十条第（一）项\"").contains("rel=\"enclosure\"")
                .contains("href=\"https://example.gov.cn/files/A-1\"").contains("<name>上海市人民政府合作交流办公室</name>");
    }

    @Test
    void emptyAtomFeedTakesTheGivenUpdatedDate() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeedWriter.write(CONTEXT, List.of(), LocalDate.of(2024, 1, 1), out);
        assertThat(out.toString()).contains("<updated>2024-01-01T00:00:00+08:00</updated>").doesNotContain("<entry>");
    }

    @Test
    void jsonFeedFollowsVersion11AndCarriesCatalogueMetadataInItsExtension() {
        StringWriter out = new StringWriter();
        JsonFeedWriter.write(CONTEXT, FeedItems.ofArticle20Item(ENTRIES, 1, TODAY, 10), out);
        JsonNode feed = JsonMapper.builder().build().readTree(out.toString());

        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("items")).hasSize(3);
        JsonNode second = feed.get("items").get(1);
        assertThat(second.get("id").asString()).isEqualTo("urn:gongkai:SH-HZB-2024-00001");
        assertThat(second.get("url").asString()).isEqualTo("https://example.gov.cn/catalogue/P-1");
        assertThat(second.get("date_published").asString()).isEqualTo("2024-03-01T00:00:00+08:00");
        assertThat(second.get("tags").toString()).contains("第二十条第（一）项", "行政规范性文件", "对口支援");
        assertThat(second.get("attachments").get(0).get("mime_type").asString()).isEqualTo("application/pdf");
        assertThat(second.get("attachments").get(0).get("size_in_bytes").asLong()).isEqualTo(10752);
        assertThat(second.get("_gongkai").get("documentNumber").asString()).isEqualTo("沪合规〔2024〕2号");
        assertThat(second.get("_gongkai").get("article20Item").asInt()).isEqualTo(1);
        assertThat(feed.get("items").get(0).has("attachments")).isFalse();
    }

    @Test
    void aRepealedEntryIsCarriedAsAnUpdateDatedItsRepealAndMarkedInItsTitle() throws Exception {
        List<CatalogueEntry> entries = List.of(
                entry("P-1", "SH-HZB", 1, "对口支援项目管理办法", LocalDate.of(2024, 3, 1), List.of()),
                entry("P-2", "SH-HZB", 1, "旧办法", LocalDate.of(2023, 4, 1), List.of(), Optional.empty(),
                        Optional.of(LocalDate.of(2024, 5, 20))),
                entry("P-3", "SH-HZB", 1, "将于明年废止的办法", LocalDate.of(2024, 1, 5), List.of(), Optional.empty(),
                        Optional.of(LocalDate.of(2025, 1, 1))));
        List<FeedItem> items = FeedItems.ofAgency(entries, "SH-HZB", TODAY, 10);

        assertThat(ids(items)).as("the repeal of 2024-05-20 is the newest change").containsExactly("P-2", "P-1", "P-3");
        assertThat(items.get(0).validity()).isEqualTo(Validity.REPEALED);
        assertThat(items.get(2).validity()).as("a repeal still to come leaves the entry in force").isEqualTo(Validity.IN_FORCE);

        StringWriter atom = new StringWriter();
        AtomFeedWriter.write(CONTEXT, items, TODAY, atom);
        Element feed = parse(atom);
        assertThat(child(feed, "updated")).isEqualTo("2024-05-20T00:00:00+08:00");
        Element repealed = (Element) feed.getElementsByTagName("entry").item(0);
        assertThat(child(repealed, "title")).isEqualTo("【已废止】旧办法");
        assertThat(child(repealed, "published")).isEqualTo("2023-04-01T00:00:00+08:00");
        assertThat(child(repealed, "updated")).isEqualTo("2024-05-20T00:00:00+08:00");
        assertThat(child(repealed, "summary")).startsWith("本信息已于 2024-05-20 废止。");
        assertThat(atom.toString()).contains("term=\"validity-REPEALED\" label=\"废止\"");
        Element current = (Element) feed.getElementsByTagName("entry").item(1);
        assertThat(child(current, "title")).isEqualTo("对口支援项目管理办法");
        assertThat(child(current, "updated")).isEqualTo("2024-03-01T00:00:00+08:00");

        StringWriter json = new StringWriter();
        JsonFeedWriter.write(CONTEXT, items, json);
        JsonNode first = JsonMapper.builder().build().readTree(json.toString()).get("items").get(0);
        assertThat(first.get("title").asString()).isEqualTo("【已废止】旧办法");
        assertThat(first.get("date_modified").asString()).isEqualTo("2024-05-20T00:00:00+08:00");
        assertThat(first.get("tags").toString()).contains("已废止");
        assertThat(first.get("_gongkai").get("validity").asString()).isEqualTo("REPEALED");
        assertThat(first.get("_gongkai").get("repealedOn").asString()).isEqualTo("2024-05-20");
    }

    @Test
    void anEntryIsMarkedExpiredFromItsExpiryDayOn() {
        CatalogueEntry expiring = entry("P-1", "SH-HZB", 1, "临时办法", LocalDate.of(2023, 3, 1), List.of(),
                Optional.of(LocalDate.of(2024, 6, 3)), Optional.empty());

        FeedItem dayBefore = FeedItems.ofAgency(List.of(expiring), "SH-HZB", LocalDate.of(2024, 6, 2), 10).get(0);
        assertThat(dayBefore.title()).isEqualTo("临时办法");
        assertThat(dayBefore.updatedOn()).isEqualTo(LocalDate.of(2023, 3, 1));

        FeedItem onTheDay = FeedItems.ofAgency(List.of(expiring), "SH-HZB", LocalDate.of(2024, 6, 3), 10).get(0);
        assertThat(onTheDay.validity()).isEqualTo(Validity.EXPIRED);
        assertThat(onTheDay.title()).isEqualTo("【已失效】临时办法");
        assertThat(onTheDay.updatedOn()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(onTheDay.summary()).startsWith("本信息已于 2024-06-03 失效。");
    }

    private static List<String> ids(List<FeedItem> items) {
        return items.stream().map(i -> i.entry().id()).toList();
    }

    private static Element parse(StringWriter out) throws Exception {
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        return xml.getDocumentElement();
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }
}
