package org.gongkai.server.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.server.documents.LetterDownloads;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.Registrations;
import org.gongkai.server.requests.RequestTimeline;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.Attempts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Follow a request with its tracking number and access code. The lookup is a POST so that the code stays
 * out of addresses and logs; a wrong pair gets one message that does not say which part was wrong.
 */
@Controller
class TrackController {

    static final String TRACK_VIEW = "portal/track";
    static final String STATUS_VIEW = "portal/status";

    /** Wrong codes for one tracking number before its look-ups pause; 10^8 codes make guessing hopeless then. */
    static final int MAX_FAILURES = 10;

    private final Registrations applications;
    private final Deadlines deadlines;
    private final LetterService letters;
    private final Clock clock;
    private final Attempts attempts;

    TrackController(Registrations applications, Deadlines deadlines, LetterService letters, Clock clock) {
        this.applications = applications;
        this.deadlines = deadlines;
        this.letters = letters;
        this.clock = clock;
        this.attempts = new Attempts(clock, MAX_FAILURES, Duration.ofMinutes(15));
    }

    @GetMapping("/track")
    String initTrackForm() {
        return TRACK_VIEW;
    }

    @PostMapping("/track")
    String processTrackForm(@RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode, Model model) {
        model.addAttribute("trackingNumber", trackingNumber);
        if (attempts.isLocked(trackingNumber)) {
            model.addAttribute("locked", true);
            return TRACK_VIEW;
        }
        Optional<StoredRequest> found = applications.follow(trackingNumber, accessCode);
        if (found.isEmpty()) {
            attempts.recordFailure(trackingNumber);
            model.addAttribute("notFound", true);
            return TRACK_VIEW;
        }
        model.addAttribute("timeline", RequestTimeline.forPublic(found.get(), deadlines, LocalDate.now(clock)));
        model.addAttribute("letters", letters.forApplicant(found.get().request().id()));
        model.addAttribute("accessCode", accessCode);
        return STATUS_VIEW;
    }

    /** Download a letter sent to the applicant; like the status page, it needs the number and the access code. */
    @PostMapping("/track/letters/{letterId}.{extension}")
    ResponseEntity<byte[]> letter(@PathVariable String letterId, @PathVariable String extension,
            @RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String accessCode) {
        if (attempts.isLocked(trackingNumber)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
        Optional<StoredRequest> found = applications.follow(trackingNumber, accessCode);
        if (found.isEmpty()) {
            attempts.recordFailure(trackingNumber);
            return ResponseEntity.notFound().build();
        }
        return LetterDownloads.file(letters, letters.forApplicant(found.get().request().id()), letterId, extension);
    }
}
