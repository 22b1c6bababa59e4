package org.gongkai.server.search.bundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.PublicationKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One catalogue entry as one line of {@code catalogue.jsonl}: field names as in interchange.md, dates ISO. */
final class EntryJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private EntryJson() {
    }

    static String write(CatalogueEntry entry) {
        CatalogueContent c = entry.content();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entry.id());
        node.put("indexNumber", entry.indexNumber().toString());
        node.put("agency", c.agency());
        node.put("kind", c.kind().name());
        node.put("title", c.title());
        node.put("documentNumber", c.documentNumber().orElse(null));
        node.put("article20Item", c.article20Item());
        node.put("issuedOn", c.issuedOn().toString());
        node.put("publishedOn", entry.publishedOn().toString());
        node.put("repealedOn", entry.repealedOn().map(LocalDate::toString).orElse(null));
        node.put("expiresOn", c.expiresOn().map(LocalDate::toString).orElse(null));
        node.put("topic", c.topic().orElse(null));
        ArrayNode keywords = node.putArray("keywords");
        c.keywords().forEach(keywords::add);
        node.put("previousVersion", entry.previousVersion().orElse(null));
        node.put("body", c.body());
        ArrayNode attachments = node.putArray("attachments");
        for (Attachment a : c.attachments()) {
            attachments.addObject()
                    .put("id", a.id())
                    .put("fileName", a.fileName())
                    .put("mediaType", a.mediaType())
                    .put("sizeBytes", a.sizeBytes())
                    .put("sha256", a.sha256())
                    .put("path", CatalogueBundle.filePath(a));
        }
        return JSON.writeValueAsString(node);
    }

    /** Read one line; a missing or malformed field is reported by name. */
    static CatalogueEntry read(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("不是有效的 JSON");
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("每行须是一个 JSON 对象");
        }
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode a : array(node, "attachments")) {
            attachments.add(new Attachment(text(a, "id"), text(a, "fileName"), text(a, "mediaType"),
                    number(a, "sizeBytes"), text(a, "sha256")));
        }
        List<String> keywords = new ArrayList<>();
        array(node, "keywords").forEach(k -> keywords.add(k.asString()));
        CatalogueContent content = new CatalogueContent(text(node, "agency"), kind(node), text(node, "title"),
                optional(node, "documentNumber"), (int) number(node, "article20Item"), date(node, "issuedOn"),
                optional(node, "expiresOn").map(v -> parseDate("expiresOn", v)), optional(node, "topic"), keywords,
                attachments, text(node, "body"));
        return new CatalogueEntry(text(node, "id"), IndexNumber.parse(text(node, "indexNumber")), content,
                date(node, "publishedOn"), optional(node, "repealedOn").map(v -> parseDate("repealedOn", v)),
                optional(node, "previousVersion"));
    }

    private static PublicationKind kind(JsonNode node) {
        String kind = text(node, "kind");
        try {
            return PublicationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind 须为 RULE、NORMATIVE_DOCUMENT 或 OTHER，收到“" + kind + "”");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("缺少文本字段 " + field);
        }
        return value.asString();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("缺少整数字段 " + field);
        }
        return value.asLong();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(text(node, field));
    }

    private static LocalDate date(JsonNode node, String field) {
        return parseDate(field, text(node, field));
    }

    private static LocalDate parseDate(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + " 须为 yyyy-mm-dd 格式的日期，收到“" + value + "”");
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " 须为数组");
        }
        return value;
    }
}
