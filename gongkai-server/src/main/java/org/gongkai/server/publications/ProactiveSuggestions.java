package org.gongkai.server.publications;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.publication.CatalogueSettings;
import org.gongkai.publication.InformationGiven;
import org.gongkai.publication.ProactiveSuggestion;
import org.gongkai.publication.ProactiveSuggestionRule;
import org.gongkai.publication.Publication;
import org.gongkai.server.requests.InformationGivenRepository;
import org.gongkai.server.requests.ReplyInformation;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.security.Sha256;

/**
 * 第四十四条: the information an agency's replies gave to several different applicants and that its catalogue does
 * not hold yet, as suggestions to publish it proactively. A suggestion disappears once an item with the same 文号 (or,
 * for information named by title only, the same title) is published.
 */
public final class ProactiveSuggestions {

    /** A suggestion with what a new draft is prefilled with: the latest 文号 and title the replies named. */
    public record Suggestion(ProactiveSuggestion suggestion, Optional<String> documentNumber, Optional<String> title) {

        /** Return how the console names the information: its title with its 文号. */
        public String label() {
            return new ReplyInformation(documentNumber, title).label();
        }
    }

    private final InformationGivenRepository given;
    private final PublicationRepository publications;
    private final PersonalDataCipher cipher;
    private final ProactiveSuggestionRule rule;

    public ProactiveSuggestions(InformationGivenRepository given, PublicationRepository publications,
            PersonalDataCipher cipher, CatalogueSettings settings) {
        this.given = given;
        this.publications = publications;
        this.cipher = cipher;
        this.rule = new ProactiveSuggestionRule(settings);
    }

    /** Return the agency's suggestions, most applicants first. */
    public List<Suggestion> forAgency(Actor actor, String agency) {
        actor.requireAgency(agency);
        List<InformationGivenRepository.Given> rows = given.byAgency(agency);
        Map<String, Long> timesGiven = rows.stream()
                .collect(Collectors.groupingBy(g -> g.information().key(), Collectors.counting()));
        List<InformationGiven> facts = rows.stream()
                .filter(g -> rule.mayQualify(timesGiven.get(g.information().key())))
                .map(this::fact)
                .toList();
        return rule.suggest(facts, publishedKeys(agency)).stream().map(s -> prefill(s, rows)).toList();
    }

    /** Return the suggestion whose information key is {@code key}, if the agency has it. */
    public Optional<Suggestion> find(Actor actor, String agency, String key) {
        return forAgency(actor, agency).stream().filter(s -> s.suggestion().informationKey().equals(key)).findFirst();
    }

    private InformationGiven fact(InformationGivenRepository.Given g) {
        ReplyInformation info = g.information();
        return new InformationGiven(info.key(), info.label(), g.requestId(), applicantKey(g), g.givenOn());
    }

    private Set<String> publishedKeys(String agency) {
        Set<String> keys = new HashSet<>();
        for (Publication p : publications.byAgency(agency)) {
            p.documentNumber().ifPresent(n -> keys.add(ReplyInformation.documentNumberKey(n)));
            keys.add(ReplyInformation.titleKey(p.title()));
        }
        return keys;
    }

    private static Suggestion prefill(ProactiveSuggestion s, List<InformationGivenRepository.Given> rows) {
        List<ReplyInformation> same = rows.stream().map(InformationGivenRepository.Given::information)
                .filter(i -> i.key().equals(s.informationKey())).toList();
        return new Suggestion(s, latest(same.stream().map(ReplyInformation::documentNumber).toList()),
                latest(same.stream().map(ReplyInformation::title).toList()));
    }

    private static Optional<String> latest(List<Optional<String>> values) {
        return values.stream().flatMap(Optional::stream).reduce((first, second) -> second);
    }

    /**
     * Return an opaque key of the applicant, kept in memory only: the ID number when there is one, else the name, so
     * that one applicant asking twice counts once. An applicant with neither counts as a different one each time.
     */
    private String applicantKey(InformationGivenRepository.Given g) {
        String idNumber = cipher.decrypt(g.encryptedApplicantIdNumber());
        String name = cipher.decrypt(g.encryptedApplicantName());
        String identity = idNumber != null && !idNumber.isBlank() ? "id:" + squash(idNumber).toUpperCase(Locale.ROOT)
                : name != null && !name.isBlank() ? "name:" + squash(name)
                : "request:" + g.requestId();
        return Sha256.hex(identity);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s", "");
    }
}
