package org.gongkai.server.publications;

import java.util.List;
import java.util.Optional;

/** How a keywords column holds 关键词: one per line, null when there are none. */
public final class KeywordColumn {

    private KeywordColumn() {
    }

    public static String of(List<String> keywords) {
        return keywords.isEmpty() ? null : String.join("\n", keywords);
    }

    public static List<String> parse(Optional<String> column) {
        return column.map(k -> List.of(k.split("\n"))).orElse(List.of());
    }
}
