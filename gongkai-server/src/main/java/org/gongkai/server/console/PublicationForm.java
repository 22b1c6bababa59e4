package org.gongkai.server.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.publications.PublicationDrafts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A new item of proactive disclosure, as its drafter enters it. */
public class PublicationForm {

    private PublicationKind kind;
    private String title;
    private String documentNumber;
    private Integer article20Item;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    private String body;
    private String topic;
    private String keywords;
    private List<MultipartFile> files = new ArrayList<>();

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** Return what was entered as a draft: trimmed, a blank document number absent, the terms as the catalogue keeps them. */
    PublicationDrafts.NewDraft draft() {
        String number = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.trim();
        return new PublicationDrafts.NewDraft(kind, title.trim(), Optional.ofNullable(number), article20Item, issuedOn,
                body == null ? "" : body.strip(), CatalogueTerms.topic(topic), CatalogueTerms.keywords(keywords));
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public Integer getArticle20Item() {
        return article20Item;
    }

    public void setArticle20Item(Integer article20Item) {
        this.article20Item = article20Item;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    /** The 关键词 as typed, separated by commas, 顿号, semicolons or spaces. */
    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files;
    }
}
