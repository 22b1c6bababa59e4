package org.gongkai.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A letter in words, ready for layout: every field is plain text (no markup), escaped only by the writer
 * that lays it out. The layout adds what every letter must carry whatever its template says: the
 * tracking number, the agency's name as signature, the date and the place for the seal.
 *
 * @param template the template version that made it
 * @param paragraphs the body, one string per paragraph, never empty
 */
public record RenderedLetter(
        TemplateRef template,
        String agencyName,
        String trackingNumber,
        LocalDate issuedOn,
        String title,
        String salutation,
        List<String> paragraphs) {

    public RenderedLetter {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(salutation, "salutation");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Return a description without the letter's words, which hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "RenderedLetter[" + template.key() + ", " + trackingNumber + ", " + issuedOn + "]";
    }

    public LetterType type() {
        return template.type();
    }

    /** Return the line that states the tracking number, e.g. {@code 申请编号：SH-HZB-2025-0001}. */
    public String trackingLine() {
        return "申请编号：" + trackingNumber;
    }

    /** Return the date line of the signature block, e.g. {@code 2025年3月3日}. */
    public String dateLine() {
        return ChineseDates.format(issuedOn);
    }

    /** Return the words printed where the seal goes. */
    public String sealPlace() {
        return "（印章）";
    }
}
