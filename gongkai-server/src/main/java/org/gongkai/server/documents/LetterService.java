package org.gongkai.server.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.letter.Correspondence;
import org.gongkai.letter.IssuedLetter;
import org.gongkai.letter.IssuedLetterStore;
import org.gongkai.letter.LetterFacts;
import org.gongkai.letter.LetterFactsAssembler;
import org.gongkai.letter.LetterPlan;
import org.gongkai.letter.LetterTemplates;
import org.gongkai.letter.Letterhead;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.request.DisclosureRequest;

/**
 * Issue the letters of requests and serve them again: the wiring point for the request page (all letters)
 * and the applicant's status page (letters to the applicant), both with downloads.
 */
public final class LetterService {

    private final LetterTemplates templates;
    private final LetterFactsAssembler facts;
    private final IssuedLetterStore issued;
    private final LetterDocuments documents;

    public LetterService(LetterTemplates templates, LetterFactsAssembler facts, IssuedLetterStore issued,
            LetterDocuments documents) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.issued = Objects.requireNonNull(issued, "issued");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /**
     * Write the letter event {@code eventIndex} calls for, from the agency's current template, and keep it.
     *
     * @throws IllegalArgumentException (Chinese message) if the event calls for no letter or a fact is missing
     */
    public IssuedLetter issue(DisclosureRequest request, int eventIndex, Letterhead letterhead,
            Correspondence correspondence, LocalDate issuedOn) {
        LetterFacts letterFacts = facts.facts(request, eventIndex, letterhead, correspondence, issuedOn);
        RenderedLetter letter = templates.current(request.agency(),
                        LetterPlan.forEvent(request.events().get(eventIndex), correspondence).orElseThrow())
                .render(letterFacts);
        return issued.add(request.id(), eventIndex, letter);
    }

    /** Return the request's letters, for its page in the console. */
    public List<IssuedLetter> forRequest(String requestId) {
        return issued.forRequest(requestId);
    }

    /** Return the letters sent to the applicant, for the public status page. */
    public List<IssuedLetter> forApplicant(String requestId) {
        return issued.forApplicant(requestId);
    }

    /** Return the file of an issued letter, exactly as issued, or empty when there is no such letter. */
    public Optional<byte[]> download(String letterId, DocumentFormat format) {
        return issued.byId(letterId).map(letter -> documents.write(letter.letter(), format));
    }
}
