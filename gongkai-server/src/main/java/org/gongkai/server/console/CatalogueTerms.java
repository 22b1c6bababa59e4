package org.gongkai.server.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The draft form's 主题分类 and 关键词 as typed, checked field by field. Neither the 条例 nor the project's catalogue
 * rules fix a list of 主题分类, so it is free text of bounded length; 关键词 are split on commas, 顿号, semicolons and
 * spaces (ASCII or full-width), trimmed, empties and repeats dropped.
 */
final class CatalogueTerms {

    static final int MAX_TOPIC_LENGTH = 50;
    static final int MAX_KEYWORDS = 10;
    static final int MAX_KEYWORD_LENGTH = 20;

    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s\\u3000]+");

    private CatalogueTerms() {
    }

    static Optional<String> topic(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(t -> !t.isEmpty());
    }

    static List<String> keywords(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(typed.strip())).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** Reject the form's topic or keywords when they break the limits, with the field's message. */
    static void check(PublicationForm form, Errors errors) {
        topic(form.getTopic()).filter(t -> length(t) > MAX_TOPIC_LENGTH).ifPresent(t ->
                errors.rejectValue("topic", "publication.error.topic", new Object[] {MAX_TOPIC_LENGTH, length(t)}, null));
        List<String> keywords = keywords(form.getKeywords());
        if (keywords.size() > MAX_KEYWORDS) {
            errors.rejectValue("keywords", "publication.error.keywords.count",
                    new Object[] {MAX_KEYWORDS, keywords.size()}, null);
        }
        keywords.stream().filter(k -> length(k) > MAX_KEYWORD_LENGTH).findFirst().ifPresent(k ->
                errors.rejectValue("keywords", "publication.error.keywords.length", new Object[] {MAX_KEYWORD_LENGTH, k}, null));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
