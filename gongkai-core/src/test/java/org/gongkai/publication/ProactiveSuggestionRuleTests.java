package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProactiveSuggestionRuleTests {

    private static InformationGiven given(String key, String request, String applicant, int day) {
        return new InformationGiven(key, "标题" + key, request, applicant, LocalDate.of(2025, 3, day));
    }

    private final List<InformationGiven> given = List.of(
            given("沪府〔2024〕3号", "R-1", "a", 3),
            given("沪府〔2024〕3号", "R-2", "b", 10),
            given("沪府〔2024〕3号", "R-3", "c", 7),
            given("沪府〔2024〕9号", "R-4", "a", 4),
            given("沪府〔2024〕9号", "R-5", "a", 5),
            given("沪府〔2024〕7号", "R-6", "d", 6),
            given("沪府〔2024〕7号", "R-7", "e", 6));

    @Test
    void suggestsInformationGivenToEnoughDifferentApplicantsMostFirst() {
        List<ProactiveSuggestion> suggestions = new ProactiveSuggestionRule(CatalogueSettings.defaults()).suggest(given, Set.of());
        assertThat(suggestions).extracting(ProactiveSuggestion::informationKey)
                .containsExactly("沪府〔2024〕3号", "沪府〔2024〕7号");
        ProactiveSuggestion first = suggestions.get(0);
        assertThat(first.applicants()).isEqualTo(3);
        assertThat(first.requestIds()).containsExactly("R-1", "R-2", "R-3");
        assertThat(first.lastGivenOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(first.reason()).contains("第四十四条").contains("3 位申请人");
    }

    @Test
    void oneApplicantAskingTwiceIsNotSeveralApplicants() {
        List<ProactiveSuggestion> suggestions = new ProactiveSuggestionRule(CatalogueSettings.defaults()).suggest(given, Set.of());
        assertThat(suggestions).extracting(ProactiveSuggestion::informationKey).doesNotContain("沪府〔2024〕9号");
    }

    @Test
    void thresholdIsASettingAndPublishedInformationIsNotSuggestedAgain() {
        CatalogueSettings three = new CatalogueSettings(20, 5, 3, true);
        assertThat(new ProactiveSuggestionRule(three).suggest(given, Set.of()))
                .extracting(ProactiveSuggestion::informationKey).containsExactly("沪府〔2024〕3号");
        assertThat(new ProactiveSuggestionRule(three).suggest(given, Set.of("沪府〔2024〕3号"))).isEmpty();
    }

    @Test
    void leavingOutInformationGivenTooFewTimesNeverChangesTheSuggestions() {
        Random random = new Random(44L);
        for (int round = 0; round < 200; round++) {
            CatalogueSettings settings = new CatalogueSettings(20, 5, 2 + random.nextInt(4), true);
            ProactiveSuggestionRule rule = new ProactiveSuggestionRule(settings);
            List<InformationGiven> all = new ArrayList<>();
            for (int n = random.nextInt(30); n > 0; n--) {
                all.add(given("号" + random.nextInt(6), "R-" + random.nextInt(20), "a" + random.nextInt(5), 1 + random.nextInt(28)));
            }
            Map<String, Long> times = all.stream().collect(Collectors.groupingBy(InformationGiven::informationKey, Collectors.counting()));
            List<InformationGiven> kept = all.stream().filter(g -> rule.mayQualify(times.get(g.informationKey()))).toList();
            assertThat(rule.suggest(kept, Set.of("号0"))).isEqualTo(rule.suggest(all, Set.of("号0")));
        }
        assertThat(new ProactiveSuggestionRule(CatalogueSettings.defaults()).mayQualify(1)).isFalse();
    }
}
