package org.gongkai.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 第四十四条: information that several applicants asked for and were given may be published proactively.
 * Suggests each piece given to at least {@link CatalogueSettings#suggestionApplicants()} different applicants and not
 * yet in the catalogue.
 */
public final class ProactiveSuggestionRule {

    private final CatalogueSettings settings;

    public ProactiveSuggestionRule(CatalogueSettings settings) {
        this.settings = settings;
    }

    /**
     * Return whether information given {@code times} times (to any applicants) can reach the threshold: never with
     * fewer gifts than different applicants required. Lets a caller skip finding out who the applicants were.
     */
    public boolean mayQualify(long times) {
        return times >= settings.suggestionApplicants();
    }

    /**
     * Return the suggestions, most applicants first.
     *
     * @param alreadyPublished information keys already in the catalogue (e.g. the 文号 of published entries)
     */
    public List<ProactiveSuggestion> suggest(Collection<InformationGiven> given, Set<String> alreadyPublished) {
        Map<String, List<InformationGiven>> byKey = given.stream()
                .filter(g -> !alreadyPublished.contains(g.informationKey()))
                .collect(Collectors.groupingBy(InformationGiven::informationKey, LinkedHashMap::new, Collectors.toList()));
        List<ProactiveSuggestion> suggestions = new ArrayList<>();
        byKey.forEach((key, items) -> {
            int applicants = (int) items.stream().map(InformationGiven::applicantKey).distinct().count();
            if (applicants >= settings.suggestionApplicants()) {
                InformationGiven last = items.stream().max(Comparator.comparing(InformationGiven::givenOn)).orElseThrow();
                List<String> requests = items.stream().map(InformationGiven::requestId).distinct().sorted().toList();
                suggestions.add(new ProactiveSuggestion(key, last.title(), applicants, requests, last.givenOn()));
            }
        });
        suggestions.sort(Comparator.comparingInt(ProactiveSuggestion::applicants).reversed()
                .thenComparing(ProactiveSuggestion::lastGivenOn, Comparator.reverseOrder()));
        return suggestions;
    }
}
