package org.gongkai.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link LetterTemplateStore} held in memory: for tests and for running without a database. Thread-safe. */
public final class InMemoryLetterTemplateStore implements LetterTemplateStore {

    private final Map<String, List<LetterTemplate>> versions = new HashMap<>();

    @Override
    public synchronized LetterTemplate save(String agencyCode, LetterType type, String text) {
        List<LetterTemplate> existing = versions.computeIfAbsent(key(agencyCode, type), k -> new ArrayList<>());
        TemplateRef ref = new TemplateRef(type, Optional.of(agencyCode), existing.size() + 1);
        LetterTemplate template = LetterTemplate.parse(ref, text);
        existing.add(template);
        return template;
    }

    @Override
    public synchronized Optional<LetterTemplate> version(String agencyCode, LetterType type, int version) {
        List<LetterTemplate> all = versions(agencyCode, type);
        return version >= 1 && version <= all.size() ? Optional.of(all.get(version - 1)) : Optional.empty();
    }

    @Override
    public synchronized List<LetterTemplate> versions(String agencyCode, LetterType type) {
        return List.copyOf(versions.getOrDefault(key(agencyCode, type), List.of()));
    }

    private static String key(String agencyCode, LetterType type) {
        return agencyCode + "/" + type.id();
    }
}
