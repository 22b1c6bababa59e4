package org.gongkai.server.console;

import java.time.LocalDate;
import org.gongkai.publication.PublicationKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A new item of proactive disclosure, as its drafter enters it. */
public class PublicationForm {

    private PublicationKind kind;
    private String title;
    private String documentNumber;
    private Integer article20Item;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

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
}
