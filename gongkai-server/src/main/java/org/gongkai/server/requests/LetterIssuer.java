package org.gongkai.server.requests;

import java.util.Optional;
import org.gongkai.letter.Correspondence;
import org.gongkai.letter.LetterPlan;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.store.RefusedException;

/**
 * Issue the letter a newly recorded request step calls for, inside the transaction that records the step, so
 * that every step that obliges the agency to write has its letter. The letterhead's contact line, review body
 * and court come from the agency's profile.
 */
public final class LetterIssuer {

    private final LetterService letters;
    private final AgencyRepository agencies;
    private final AgencyProfileRepository profiles;
    private final ConsultedParties consulted;
    private final PersonalDataCipher cipher;

    public LetterIssuer(LetterService letters, AgencyRepository agencies, AgencyProfileRepository profiles,
            ConsultedParties consulted, PersonalDataCipher cipher) {
        this.letters = letters;
        this.agencies = agencies;
        this.profiles = profiles;
        this.consulted = consulted;
        this.cipher = cipher;
    }

    /** Issue the letter for the last event of {@code request}, if that event calls for one. */
    /**
     * Issue the letter for the last event of {@code request}, if that event calls for one; a consultation's
     * letter is addressed to {@code consultedParty} when named (kept, encrypted), else to the party's kind. The
     * letter states what {@code stated} gives; a letter the law requires particulars of is refused without them.
     */
    void issueForLastEvent(DisclosureRequest request, String subject, StoredRequest.EncryptedApplicant applicant,
            Optional<String> consultedParty, StepLetter stated) {
        issue(request, subject, applicant, consultedParty, "", stated);
    }

    /** Issue the 登记回执 of a newly registered {@code request}, with {@code details} in its paragraph for details. */
    void issueReceipt(DisclosureRequest request, String subject, StoredRequest.EncryptedApplicant applicant, String details) {
        issue(request, subject, applicant, Optional.empty(), details, StepLetter.NONE);
    }

    private void issue(DisclosureRequest request, String subject, StoredRequest.EncryptedApplicant applicant,
            Optional<String> consultedParty, String details, StepLetter stated) {
        int index = request.events().size() - 1;
        RequestEvent event = request.events().get(index);
        if (LetterPlan.forEvent(event).isEmpty()) {
            return;
        }
        if (consultedParty.isPresent() && event instanceof RequestEvent.ConsultationStarted) {
            consulted.record(request.id(), index, consultedParty.get());
        }
        String recipient = event instanceof RequestEvent.ConsultationStarted started
                ? consultedParty.orElse(started.party().label())
                : cipher.decrypt(applicant.name());
        Correspondence correspondence = new Correspondence(recipient, Optional.ofNullable(subject).orElse(""), details,
                stated.particulars(), stated.variant());
        try {
            letters.issue(request, index, AgencyProfile.letterhead(agencies.get(request.agency()).name(),
                    profiles.find(request.agency())), correspondence, event.on());
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage());
        }
    }
}
