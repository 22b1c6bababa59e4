package org.gongkai.server.requests;

import java.util.Optional;
import org.gongkai.letter.SampleLetterFacts;

/** Realistic particulars for every letter a step writes, as a clerk states them on the step's form. */
public final class StatedLetters {

    /** Every particular (the samples the template editor previews with); each letter uses those of its own type. */
    public static final StepLetter ALL = new StepLetter(SampleLetterFacts.PARTICULARS, Optional.empty());

    private StatedLetters() {
    }

    /** Return the reference of a step on request {@code id} at {@code version}, stating every particular. */
    public static RequestService.Ref ref(String id, long version) {
        return RequestService.Ref.of(id, version).withLetter(ALL);
    }
}
