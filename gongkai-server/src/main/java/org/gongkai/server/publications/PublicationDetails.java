package org.gongkai.server.publications;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a stored item carries besides the facts the report counts: its text, 主题分类, 关键词, and the item a new
 * version (修订) replaces.
 */
public record PublicationDetails(String body, Optional<String> topic, List<String> keywords,
        Optional<String> previousVersion) {

    public static final PublicationDetails NONE = body("");

    public PublicationDetails {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(previousVersion, "previousVersion");
        keywords = List.copyOf(keywords);
    }

    /** Return details with only a text. */
    public static PublicationDetails body(String body) {
        return new PublicationDetails(body, Optional.empty(), List.of(), Optional.empty());
    }
}
