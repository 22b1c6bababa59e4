package org.gongkai.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the author of a catalogue item writes (政府信息公开目录 metadata plus the text), before an index number
 * and a publication date are given to it.
 *
 * @param agency code of the 发布机构
 * @param issuedOn 成文日期
 * @param topic 主题分类, if classified
 * @param body the text of the item as published (plain text)
 */
public record CatalogueContent(
        String agency,
        PublicationKind kind,
        String title,
        Optional<String> documentNumber,
        int article20Item,
        LocalDate issuedOn,
        Optional<LocalDate> expiresOn,
        Optional<String> topic,
        List<String> keywords,
        List<Attachment> attachments,
        String body) {

    public CatalogueContent {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(body, "body");
        keywords = List.copyOf(keywords);
        attachments = List.copyOf(attachments);
        if (title.isBlank()) {
            throw new IllegalArgumentException("标题不能为空");
        }
        Publication.requireArticle20Item(article20Item);
        if (expiresOn.map(e -> !e.isAfter(issuedOn)).orElse(false)) {
            throw new IllegalArgumentException("失效日期 " + expiresOn.get() + " 须晚于成文日期 " + issuedOn);
        }
        if (attachments.stream().map(Attachment::id).distinct().count() != attachments.size()) {
            throw new IllegalArgumentException("同一条目的附件标识不能重复");
        }
    }
}
