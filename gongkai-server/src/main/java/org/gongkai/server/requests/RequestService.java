package org.gongkai.server.requests;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptDateRule;
import org.gongkai.request.ReceiptDecision;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Masking;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Serials;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of a disclosure request. Each is one transaction that appends one event, recomputes the
 * projection, checks the version the clerk saw, and writes an audit entry.
 */
public final class RequestService {

    /** An application as it arrives by any channel; {@code clientKey} makes retries of one submission harmless. */
    public record Submission(String clientKey, String agency, ApplicantType applicantType, Channel channel,
            ReceiptFacts receipt, Applicant applicant, String subject) {
    }

    /** The outcome of a registration: the request, and whether this call created it (false for a retry). */
    public record Registration(StoredRequest request, boolean created) {
    }

    /** Which request a step applies to, the version the clerk saw, and the reason if it amends a published year. */
    public record Ref(String id, long expectedVersion, String amendmentReason, StepLetter letter) {
        public Ref(String id, long expectedVersion, String amendmentReason) {
            this(id, expectedVersion, amendmentReason, StepLetter.NONE);
        }

        public static Ref of(String id, long expectedVersion) {
            return new Ref(id, expectedVersion, null);
        }

        /** Return this reference with what the form states for the step's letter (a step without them is refused where the law requires them). */
        public Ref withLetter(StepLetter stated) {
            return new Ref(id, expectedVersion, amendmentReason, stated);
        }
    }

    private final RequestRepository requests;
    private final Deadlines deadlines;
    private final Serials serials;
    private final YearLock yearLock;
    private final AuditLog audit;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final LetterIssuer letters;
    private final InformationGivenRepository informationGiven;

    public RequestService(RequestRepository requests, Deadlines deadlines, Serials serials,
            YearLock yearLock, AuditLog audit, PersonalDataCipher cipher, Clock clock, TransactionTemplate tx,
            LetterIssuer letters, InformationGivenRepository informationGiven) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.serials = serials;
        this.yearLock = yearLock;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.tx = tx;
        this.letters = letters;
        this.informationGiven = informationGiven;
    }

    /**
     * Register an application. The receipt date follows the channel rule of 第三十一条. A submission whose
     * client key was seen before returns the request it created then, and creates nothing.
     */
    public Registration register(Actor actor, Submission s) {
        return register(actor, s, "");
    }

    /**
     * Register an application as {@link #register(Actor, Submission)} does, printing {@code receiptNote} in the
     * 登记回执's paragraph for details (for example how the applicant follows the request online).
     */
    public Registration register(Actor actor, Submission s, String receiptNote) {
        actor.require(RequestRoles.forStep(RequestEvent.Received.class));
        actor.requireAgency(s.agency());
        if (s.clientKey() != null) {
            Optional<StoredRequest> earlier = requests.findByClientKey(s.clientKey());
            if (earlier.isPresent()) {
                return sameAgency(earlier.get(), s);
            }
        }
        try {
            return new Registration(tx.execute(status -> insert(actor, s, receiptNote)), true);
        } catch (DuplicateKeyException e) {
            // The same client key committed in a concurrent transaction: that request is the answer.
            return requests.findByClientKey(s.clientKey()).map(r -> sameAgency(r, s)).orElseThrow(() -> e);
        }
    }

    private StoredRequest insert(Actor actor, Submission s, String receiptNote) {
        ReceiptDecision receipt = ReceiptDateRule.decide(s.channel(), s.receipt(), deadlines.settings(s.agency(), today()));
        LocalDate receivedOn = receipt.receivedOn().orElseThrow(() -> new RefusedException(
                "还不能登记：缺少" + receipt.missing().orElseThrow() + "。" + receipt.rule() + "。"));
        notInFuture(receivedOn);
        yearLock.change(actor, s.agency(), List.of(receivedOn.getYear()), "登记 " + receivedOn + " 收到的申请", null);
        int year = receivedOn.getYear();
        String id = String.format("%s-%d-%04d", s.agency(), year, serials.next("REQUEST", s.agency(), year));
        DisclosureRequest request = new DisclosureRequest(id, s.agency(), s.applicantType(), s.channel(),
                List.of(new RequestEvent.Received(receivedOn)));
        Applicant a = s.applicant();
        StoredRequest stored = new StoredRequest(request, 1, deadlines.project(request, today()), s.subject(),
                new StoredRequest.EncryptedApplicant(cipher.encrypt(a.name()), cipher.encrypt(a.idNumber()),
                        cipher.encrypt(a.phone()), cipher.encrypt(a.address())));
        requests.insert(stored, s.clientKey(), actor.username());
        letters.issueReceipt(request, s.subject(), stored.encryptedApplicant(), receiptNote);
        audit.append(actor.username(), "REQUEST_REGISTERED", id,
                s.channel().label() + "，收到申请之日 " + receivedOn + "（" + receipt.rule() + "）"
                        + receipt.warning().map(w -> "；注意：" + w).orElse(""));
        return stored;
    }

    private static Registration sameAgency(StoredRequest earlier, Submission s) {
        if (!earlier.request().agency().equals(s.agency())) {
            throw new RefusedException("提交标识 " + s.clientKey() + " 已用于另一机关的申请。");
        }
        return new Registration(earlier, false);
    }

    /** 补正告知: ask the applicant to clarify, optionally by {@code respondBy}. */
    public StoredRequest requestClarification(Actor actor, Ref ref, LocalDate on, Optional<LocalDate> respondBy) {
        return append(actor, ref, new RequestEvent.ClarificationRequested(on, respondBy), "REQUEST_CLARIFICATION_REQUESTED");
    }

    /** The clarified application arrived: the reply period starts again. */
    public StoredRequest recordClarification(Actor actor, Ref ref, LocalDate on) {
        return append(actor, ref, new RequestEvent.ClarificationReceived(on), "REQUEST_CLARIFICATION_RECEIVED");
    }

    /** Consult a party without naming it: the letter is addressed to the party's kind (第三方, 其他行政机关). */
    public StoredRequest startConsultation(Actor actor, Ref ref, LocalDate on, ConsultationParty party) {
        return startConsultation(actor, ref, on, party, Optional.empty());
    }

    /**
     * Consult a party, addressing the letter to {@code partyName} when given (a third party may be a person:
     * the name is kept encrypted).
     */
    public StoredRequest startConsultation(Actor actor, Ref ref, LocalDate on, ConsultationParty party,
            Optional<String> partyName) {
        Optional<String> name = partyName.map(String::strip).filter(n -> !n.isEmpty());
        if (name.filter(n -> n.length() > ConsultedParties.MAX_NAME_LENGTH).isPresent()) {
            throw new RefusedException("征求意见对象的名称不能超过 " + ConsultedParties.MAX_NAME_LENGTH + " 个字。");
        }
        return append(actor, ref, new RequestEvent.ConsultationStarted(on, party), "REQUEST_CONSULTATION_STARTED", name);
    }

    public StoredRequest endConsultation(Actor actor, Ref ref, LocalDate on) {
        return append(actor, ref, new RequestEvent.ConsultationEnded(on), "REQUEST_CONSULTATION_ENDED");
    }

    /** 延期答复: only the head of the disclosure office (approver) may extend (第三十三条第二款). */
    public StoredRequest extend(Actor actor, Ref ref, LocalDate on, int workingDays) {
        return append(actor, ref, new RequestEvent.Extended(on, workingDays), "REQUEST_EXTENDED");
    }

    public StoredRequest notifyFee(Actor actor, Ref ref, LocalDate on, BigDecimal amountYuan) {
        return notifyFee(actor, ref, on, amountYuan, Optional.empty());
    }

    /** 收费通知, with the day the applicant received it when known: the days to pay run from the day after it. */
    public StoredRequest notifyFee(Actor actor, Ref ref, LocalDate on, BigDecimal amountYuan, Optional<LocalDate> receivedOn) {
        if (amountYuan.signum() <= 0) {
            throw new RefusedException("收费金额必须大于零。");
        }
        receivedOn.ifPresent(this::notInFuture);
        return append(actor, ref, new RequestEvent.FeeNotified(on, amountYuan, receivedOn), "REQUEST_FEE_NOTIFIED");
    }

    public StoredRequest recordPayment(Actor actor, Ref ref, LocalDate on) {
        return append(actor, ref, new RequestEvent.FeePaid(on), "REQUEST_FEE_PAID");
    }

    /** Reply and close the request with its 表三 outcome. */
    public StoredRequest close(Actor actor, Ref ref, LocalDate on, Outcome outcome) {
        return append(actor, ref, new RequestEvent.Closed(on, outcome), "REQUEST_CLOSED");
    }

    /**
     * Reply and close the request with its 表三 outcome, recording the information the reply gave (第四十四条: the
     * console suggests publishing what several applicants were given). Only 予以公开 and 部分公开 give information.
     */
    public StoredRequest close(Actor actor, Ref ref, LocalDate on, Outcome outcome, List<ReplyInformation> given) {
        if (!given.isEmpty() && !ReplyInformation.GIVING.contains(outcome)) {
            throw new RefusedException("只有“予以公开”或“部分公开”的答复提供了信息，答复结果为“" + outcome.label()
                    + "”时不能登记所提供的信息。");
        }
        return tx.execute(status -> {
            StoredRequest closed = close(actor, ref, on, outcome);
            for (ReplyInformation information : given) {
                informationGiven.insert(ref.id(), information, on, actor.username());
                audit.append(actor.username(), "REQUEST_INFORMATION_GIVEN", ref.id(), "答复提供了 " + information.label());
            }
            return closed;
        });
    }

    public StoredRequest withdraw(Actor actor, Ref ref, LocalDate on) {
        return append(actor, ref, new RequestEvent.Withdrawn(on), "REQUEST_WITHDRAWN");
    }

    private StoredRequest append(Actor actor, Ref ref, RequestEvent event, String action) {
        return append(actor, ref, event, action, Optional.empty());
    }

    private StoredRequest append(Actor actor, Ref ref, RequestEvent event, String action, Optional<String> addressee) {
        RequestRoles.requireStep(actor, event);
        notInFuture(event.on());
        try {
            return tx.execute(status -> {
                StoredRequest old = requests.findForUpdate(ref.id())
                        .orElseThrow(() -> new NotFoundException("没有编号为 " + ref.id() + " 的申请。"));
                actor.requireAgency(old.request().agency());
                if (old.version() != ref.expectedVersion()) {
                    throw new ConflictException("申请 " + ref.id() + " ");
                }
                List<RequestEvent> events = new ArrayList<>(old.request().events());
                events.add(event);
                DisclosureRequest changed;
                Projection projection;
                try {
                    changed = new DisclosureRequest(old.request().id(), old.request().agency(),
                            old.request().applicantType(), old.request().channel(), events);
                    projection = deadlines.project(changed, today());
                } catch (InvalidHistoryException e) {
                    throw new RefusedException(e.getMessage());
                }
                yearLock.change(actor, changed.agency(), List.of(event.on().getYear()),
                        ref.id() + " 记录" + event.type() + "（" + event.on() + "）", ref.amendmentReason());
                if (!requests.append(ref.id(), ref.expectedVersion(), events.size() - 1, event, projection,
                        actor.username())) {
                    throw new ConflictException("申请 " + ref.id() + " ");
                }
                letters.issueForLastEvent(changed, old.subject(), old.encryptedApplicant(), addressee, ref.letter());
                audit.append(actor.username(), action, ref.id(), event.on() + "，答复期限 " + projection.dueOn());
                return new StoredRequest(changed, old.version() + 1, projection, old.subject(), old.encryptedApplicant());
            });
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            throw new ConflictException("申请 " + ref.id() + " ");
        }
    }

    public StoredRequest get(String id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的申请。"));
    }

    /** Return the applicant's personal data in clear, for a registrar or handler of the agency. */
    public Applicant applicant(Actor actor, StoredRequest s) {
        RequestRoles.requireApplicant(actor);
        actor.requireAgency(s.request().agency());
        StoredRequest.EncryptedApplicant e = s.encryptedApplicant();
        return new Applicant(cipher.decrypt(e.name()), cipher.decrypt(e.idNumber()), cipher.decrypt(e.phone()),
                cipher.decrypt(e.address()));
    }

    /** Return the applicant's personal data masked as in every list, for any staff of the agency. */
    public Applicant maskedApplicant(Actor actor, StoredRequest s) {
        actor.requireAgency(s.request().agency());
        StoredRequest.EncryptedApplicant e = s.encryptedApplicant();
        return new Applicant(Masking.name(cipher.decrypt(e.name())), Masking.idNumber(cipher.decrypt(e.idNumber())),
                Masking.phone(cipher.decrypt(e.phone())), Masking.address(cipher.decrypt(e.address())));
    }

    /** Return an agency's requests, newest first, with the applicant's name masked. */
    public List<RequestSummary> list(Actor actor, String agency, int limit) {
        actor.requireAgency(agency);
        return requests.byAgency(agency, today(), limit, stored -> Masking.name(cipher.decrypt(stored)));
    }

    /** Return an agency's requests, newest first, without the applicants' names: what its supervisors see. */
    public List<RequestSummary> forSupervision(String agency, int limit) {
        return requests.byAgency(agency, today(), limit, name -> "");
    }

    /** Return the ids of the agency's requests on which {@code handler} recorded an event. */
    public Set<String> handledBy(Actor actor, String agency, String handler) {
        actor.requireAgency(agency);
        return requests.handledBy(agency, handler);
    }

    private void notInFuture(LocalDate on) {
        if (on.isAfter(today())) {
            throw new RefusedException("日期 " + on + " 晚于今天（" + today() + "），不能预先登记。");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
