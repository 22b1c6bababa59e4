package org.gongkai.letter;

import java.util.List;
import java.util.Optional;

/** The letters issued for requests, listed on a request's page and (those to the applicant) on its status page. */
public interface IssuedLetterStore {

    /** Keep {@code letter} as issued for event {@code eventIndex} of the request, and return it with its id. */
    IssuedLetter add(String requestId, int eventIndex, RenderedLetter letter);

    /** Return the request's letters in the order they were issued. */
    List<IssuedLetter> forRequest(String requestId);

    Optional<IssuedLetter> byId(String id);

    /** Return the request's letters that went to the applicant, in the order they were issued. */
    default List<IssuedLetter> forApplicant(String requestId) {
        return forRequest(requestId).stream().filter(IssuedLetter::isForApplicant).toList();
    }
}
