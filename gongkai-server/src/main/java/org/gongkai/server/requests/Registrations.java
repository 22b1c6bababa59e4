package org.gongkai.server.requests;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.PersonalDataCipher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications with the 第二十九条 facts of {@link ApplyForm}: online ones (网络平台) and those a registrar
 * enters from paper. Registers them and keeps each one's access code, the secret that with the tracking number
 * lets its applicant follow it. Submitting the same form twice registers it once.
 */
public final class Registrations {

    /** What the applicant gets back: the tracking number and the access code. */
    public record Receipt(String trackingNumber, String accessCode) {
    }

    private static final Actor PORTAL = Actor.system("portal");

    private final RequestService requests;
    private final PersonalDataCipher cipher;
    private final PortalApplicationRepository applications;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Registrations(RequestService requests, PortalApplicationRepository applications, PersonalDataCipher cipher,
            TransactionTemplate tx, Clock clock) {
        this.requests = requests;
        this.applications = applications;
        this.cipher = cipher;
        this.tx = tx;
        this.clock = clock;
    }

    /** Register an online application to {@code agency}, received today. */
    public Receipt apply(String agency, ApplyForm form) {
        LocalDate today = LocalDate.now(clock);
        return register(PORTAL, agency, Channel.ONLINE,
                new ReceiptFacts(Optional.of(today), Optional.empty(), Optional.of(today)), form);
    }

    /** Register {@code form}, which arrived at {@code agency} by {@code channel} with the dates in {@code facts}. */
    public Receipt register(Actor actor, String agency, Channel channel, ReceiptFacts facts, ApplyForm form) {
        Applicant applicant = new Applicant(form.getName().trim(), blankToNull(form.getIdNumber()),
                form.getPhone().trim(), blankToNull(form.getAddress()));
        String code = newCode();
        return tx.execute(status -> {
            RequestService.Registration registration = requests.register(actor, new RequestService.Submission(
                    form.getSubmissionKey(), agency, form.getApplicantType(), channel, facts, applicant,
                    form.getDescription().trim()), receiptNote(code));
            String id = registration.request().request().id();
            if (registration.created()) {
                applications.insert(id, cipher.encrypt(code), form.getIdType() == null ? null : form.getIdType().name(),
                        cipher.encrypt(blankToNull(form.getEmail())), form.getInfoForm().name(),
                        form.getDelivery().name());
                return new Receipt(id, code);
            }
            return new Receipt(id, storedCode(id).orElseThrow());
        });
    }

    /** Return the application's identity document type, form and delivery by column name; empty if it has none. */
    public Map<String, Object> choices(String requestId) {
        return applications.choices(requestId);
    }

    /** Return the request if {@code accessCode} is its code; empty for any mismatch, without saying which. */
    public Optional<StoredRequest> follow(String trackingNumber, String accessCode) {
        if (trackingNumber == null || accessCode == null) {
            return Optional.empty();
        }
        String number = trackingNumber.trim();
        return storedCode(number)
                .filter(code -> MessageDigest.isEqual(code.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        accessCode.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .map(code -> requests.get(number));
    }

    private Optional<String> storedCode(String id) {
        return applications.encryptedCode(id).map(cipher::decrypt);
    }

    /** The 登记回执 carries the access code, so that an application handed in on paper can be followed online too. */
    private static String receiptNote(String code) {
        return "网上查询码：" + code + "。凭申请编号和查询码可在本机关门户网站查询办理进度、查看告知书，请妥善保管。";
    }

    private String newCode() {
        return String.format("%08d", random.nextInt(100_000_000));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
