package org.gongkai.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's search text split into plain words and quoted phrases. Both ASCII quotes and Chinese quotes
 * (“…” and 「…」) mark a phrase; an unclosed quote is read as plain words.
 */
record QueryParts(List<String> words, List<String> phrases) {

    private static final Pattern PART = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|「([^」]+)」|([^\\s\"“”「」]+)");

    static QueryParts parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        Matcher m = PART.matcher(text);
        while (m.find()) {
            if (m.group(4) != null) {
                words.add(m.group(4));
            } else {
                String phrase = firstNonNull(m.group(1), m.group(2), m.group(3)).strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
            }
        }
        return new QueryParts(List.copyOf(words), List.copyOf(phrases));
    }

    /** Return the words, then the phrases. */
    List<String> all() {
        List<String> all = new ArrayList<>(words);
        all.addAll(phrases);
        return all;
    }

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("a phrase group always matches");
    }
}
