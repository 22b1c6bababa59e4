package org.gongkai.server.requests;

import java.util.Optional;
import org.gongkai.letter.Correspondence;
import org.gongkai.letter.Letterhead;
import org.gongkai.letter.LetterPlan;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.store.RefusedException;

/**
 * Issue the letter a newly recorded request step calls for, inside the transaction that records the step, so
 * that every step that obliges the agency to write has its letter.
 */
public final class LetterIssuer {

    /** Printed until agencies can set their own letterhead details. */
    static final String CONTACT = "详见本机关政府信息公开指南";
    static final String REVIEW_BODY = "依法有权受理的行政复议机关";

    private final LetterService letters;
    private final AgencyRepository agencies;
    private final PersonalDataCipher cipher;

    public LetterIssuer(LetterService letters, AgencyRepository agencies, PersonalDataCipher cipher) {
        this.letters = letters;
        this.agencies = agencies;
        this.cipher = cipher;
    }

    /** Issue the letter for the last event of {@code request}, if that event calls for one. */
    void issueForLastEvent(DisclosureRequest request, String subject, StoredRequest.EncryptedApplicant applicant) {
        int index = request.events().size() - 1;
        RequestEvent event = request.events().get(index);
        if (LetterPlan.forEvent(event).isEmpty()) {
            return;
        }
        Letterhead letterhead = new Letterhead(agencies.get(request.agency()).name(), CONTACT, REVIEW_BODY);
        Correspondence correspondence = new Correspondence(recipient(event, applicant), Optional.ofNullable(subject)
                .orElse(""), "");
        try {
            letters.issue(request, index, letterhead, correspondence, event.on());
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage());
        }
    }

    private String recipient(RequestEvent event, StoredRequest.EncryptedApplicant applicant) {
        if (event instanceof RequestEvent.ConsultationStarted started) {
            return started.party().label();
        }
        return cipher.decrypt(applicant.name());
    }
}
