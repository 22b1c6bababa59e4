package org.gongkai.server.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.letter.ChineseDates;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.ReplyVariant;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.server.requests.ReplyInformation;
import org.gongkai.server.requests.StepLetter;
import org.springframework.format.annotation.DateTimeFormat;

/** One step recorded on a request's page; which fields count depends on the action. */
public class RequestActionForm {

    private long version;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate respondBy;
    private Outcome outcome;
    private ConsultationParty party;
    private String partyName;
    private Integer workingDays;
    private BigDecimal amountYuan;

    private LocalDate feeReceivedOn;
    private List<GivenInformation> given = new ArrayList<>();
    private Map<String, String> letter = new HashMap<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opinionBy;
    private ReplyVariant variant;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public LocalDate getRespondBy() {
        return respondBy;
    }

    public void setRespondBy(LocalDate respondBy) {
        this.respondBy = respondBy;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public ConsultationParty getParty() {
        return party;
    }

    public void setParty(ConsultationParty party) {
        this.party = party;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String partyName) {
        this.partyName = partyName;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }

    public BigDecimal getAmountYuan() {
        return amountYuan;
    }

    public void setAmountYuan(BigDecimal amountYuan) {
        this.amountYuan = amountYuan;
    }

    public LocalDate getFeeReceivedOn() {
        return feeReceivedOn;
    }

    public void setFeeReceivedOn(LocalDate feeReceivedOn) {
        this.feeReceivedOn = feeReceivedOn;
    }

    public List<GivenInformation> getGiven() {
        return given;
    }

    public void setGiven(List<GivenInformation> given) {
        this.given = given;
    }

    /** Return the particulars the step's letter states, keyed by their template names (letter[correctionItems]). */
    public Map<String, String> getLetter() {
        return letter;
    }

    public void setLetter(Map<String, String> letter) {
        this.letter = letter;
    }

    public LocalDate getOpinionBy() {
        return opinionBy;
    }

    public void setOpinionBy(LocalDate opinionBy) {
        this.opinionBy = opinionBy;
    }

    public ReplyVariant getVariant() {
        return variant;
    }

    public void setVariant(ReplyVariant variant) {
        this.variant = variant;
    }

    /**
     * Return what the form states for the step's letter: the particulars named by their template names (others
     * are ignored), the answer-by date as the letter prints it, and the reply variant chosen.
     */
    StepLetter stepLetter() {
        Map<LetterVariable, String> particulars = new EnumMap<>(LetterVariable.class);
        letter.forEach((name, value) -> LetterVariable.byTemplateName(name)
                .filter(v -> v != LetterVariable.OPINION_BY && value != null && !value.isBlank())
                .ifPresent(v -> particulars.put(v, value)));
        if (opinionBy != null) {
            particulars.put(LetterVariable.OPINION_BY, ChineseDates.format(opinionBy));
        }
        return new StepLetter(particulars, Optional.ofNullable(variant));
    }

    /** Return the information named on closing, leaving out the rows left blank. */
    List<ReplyInformation> replyInformation() {
        return given.stream().map(g -> ReplyInformation.of(g.getDocumentNumber(), g.getTitle()))
                .flatMap(Optional::stream).toList();
    }

    /** One row of "information given" on the close form (第四十四条): a 文号, a title, or both. */
    public static class GivenInformation {

        private String documentNumber;
        private String title;

        public String getDocumentNumber() {
            return documentNumber;
        }

        public void setDocumentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }
}
