package org.gongkai.server.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.applicant.ApplicantChecks;
import org.gongkai.applicant.IdentityDocument;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submit a request from another system and follow it by its tracking number. */
@RestController
@RequestMapping("/api/v1/requests")
class RequestApi {

    /** A submission. {@code clientKey} (required) makes retries safe: the same key returns the same request. */
    record SubmissionBody(String clientKey, String agency, ApplicantType applicantType, Channel channel,
            LocalDate submittedOn, LocalDate signedForOn, LocalDate confirmedOn, String applicantName,
            IdentityDocument applicantIdType, String applicantIdNumber, String applicantPhone, String applicantAddress,
            String subject) {

        /** Refuse an identity number or phone that breaks the core's check, naming the field (as portal and console). */
        void check(LocalDate today) {
            IdentityDocument idType = applicantIdType != null ? applicantIdType
                    : applicantType == ApplicantType.NATURAL_PERSON ? IdentityDocument.RESIDENT_ID : IdentityDocument.CREDIT_CODE;
            Optional<String> id = applicantIdNumber == null ? Optional.empty()
                    : ApplicantChecks.idNumber(idType, applicantIdNumber, today).map(m -> "applicantIdNumber：" + m);
            Optional<String> phone = applicantPhone == null ? Optional.empty()
                    : ApplicantChecks.phone(applicantPhone).map(m -> "applicantPhone：" + m);
            String problems = Stream.concat(id.stream(), phone.stream()).collect(Collectors.joining());
            if (!problems.isEmpty()) {
                throw new RefusedException(problems);
            }
        }
    }

    /** One event; {@code receivedOn} is the day the applicant received a fee notice, when recorded. */
    record EventBody(String type, LocalDate on, LocalDate receivedOn) {
        static EventBody of(RequestEvent e) {
            return new EventBody(e.type(), e.on(),
                    e instanceof RequestEvent.FeeNotified fee ? fee.receivedOn().orElse(null) : null);
        }
    }

    /** What anyone holding the tracking number may see: no personal data. */
    record StatusBody(String trackingNumber, String agency, LocalDate receivedOn, String state, String stateLabel,
            LocalDate dueOn, boolean dueDateProvisional, String outcome, List<EventBody> events) {

        static StatusBody of(StoredRequest s, LocalDate today) {
            var state = s.projection().stateOn(today);
            return new StatusBody(s.request().id(), s.request().agency(), s.request().receivedOn(), state.name(),
                    state.label(), s.projection().dueOn(), s.projection().provisional(),
                    s.projection().outcome().map(Enum::name).orElse(null),
                    s.request().events().stream().map(EventBody::of).toList());
        }
    }

    private static final Actor API = Actor.system("api");

    private final RequestService requests;
    private final Clock clock;

    RequestApi(RequestService requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<StatusBody> submit(@RequestBody SubmissionBody body) {
        if (body.clientKey() == null || body.clientKey().isBlank() || body.agency() == null
                || body.applicantType() == null || body.subject() == null || body.subject().isBlank()) {
            throw new RefusedException("clientKey、agency、applicantType 和 subject 都必须填写。");
        }
        Channel channel = body.channel() == null ? Channel.ONLINE : body.channel();
        LocalDate today = LocalDate.now(clock);
        body.check(today);
        // A submission through this API is confirmed by the system's reply: both parties confirm today.
        LocalDate confirmedOn = body.confirmedOn() == null && channel == Channel.ONLINE ? today : body.confirmedOn();
        RequestService.Registration registration = requests.register(API, new RequestService.Submission(body.clientKey(), body.agency(),
                body.applicantType(), channel,
                new ReceiptFacts(Optional.ofNullable(body.submittedOn()), Optional.ofNullable(body.signedForOn()),
                        Optional.ofNullable(confirmedOn)),
                new Applicant(body.applicantName(), body.applicantIdNumber(), body.applicantPhone(),
                        body.applicantAddress()),
                body.subject()));
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(StatusBody.of(registration.request(), today));
    }

    @GetMapping("/{trackingNumber}")
    StatusBody follow(@PathVariable String trackingNumber) {
        return StatusBody.of(requests.get(trackingNumber), LocalDate.now(clock));
    }
}
