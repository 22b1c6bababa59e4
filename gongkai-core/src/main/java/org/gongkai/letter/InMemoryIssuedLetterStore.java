package org.gongkai.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link IssuedLetterStore} held in memory: for tests and for running without a database. Thread-safe. */
public final class InMemoryIssuedLetterStore implements IssuedLetterStore {

    private final Map<String, IssuedLetter> letters = new LinkedHashMap<>();

    @Override
    public synchronized IssuedLetter add(String requestId, int eventIndex, RenderedLetter letter) {
        String id = requestId + "-L" + (forRequest(requestId).size() + 1);
        IssuedLetter issued = new IssuedLetter(id, requestId, eventIndex, letter);
        letters.put(id, issued);
        return issued;
    }

    @Override
    public synchronized List<IssuedLetter> forRequest(String requestId) {
        List<IssuedLetter> found = new ArrayList<>();
        for (IssuedLetter letter : letters.values()) {
            if (letter.requestId().equals(requestId)) {
                found.add(letter);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<IssuedLetter> byId(String id) {
        return Optional.ofNullable(letters.get(id));
    }
}
