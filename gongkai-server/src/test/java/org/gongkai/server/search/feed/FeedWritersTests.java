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
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FeedWritersTests {

    private static final Attachment TABLE = new Attachment("A-1", "指标表.pdf", "application/pdf", 10752, "0".repeat(64));

    private static CatalogueEntry entry(String id, String agency, int item, String title, LocalDate published, List<Attachment> files) {
        CatalogueContent content = new CatalogueContent(agency, PublicationKind.NORMATIVE_DOCUMENT, title, Optional.of("沪合规〔2024〕2号"),
                item, published, Optional.empty(), Optional.empty(), List.of("对口支援"), files, "正文 <含> & 特殊字符。");
        return new CatalogueEntry(id, new IndexNumber(agency, published.getYear(), Integer.parseInt(id.substring(2))), content,
                published, Optional.empty(), Optional.empty());
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
        assertThat(FeedItems.ofAgency(ENTRIES, "SH-HZB", 10)).extracting(CatalogueEntry::id).containsExactly("P-1", "P-2", "P-4");
        assertThat(FeedItems.ofAgency(ENTRIES, "SH-HZB", 2)).extracting(CatalogueEntry::id).containsExactly("P-1", "P-2");
        assertThat(FeedItems.ofArticle20Item(ENTRIES, 1, 10)).extracting(CatalogueEntry::id).containsExactly("P-3", "P-1", "P-4");
        assertThat(FeedItems.article20Label(15)).isEqualTo("第二十条第（十五）项");
    }

    @Test
    void atomFeedIsWellFormedWithEntriesCategoriesAndEnclosures() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeedWriter.write(CONTEXT, FeedItems.ofAgency(ENTRIES, "SH-HZB", 10), LocalDate.of(2024, 1, 1), out);
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

        Element feed = xml.getDocumentElement();
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
        JsonFeedWriter.write(CONTEXT, FeedItems.ofArticle20Item(ENTRIES, 1, 10), out);
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

    private static String child(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }
}
