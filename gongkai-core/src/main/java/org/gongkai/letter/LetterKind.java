package org.gongkai.letter;

/** The kinds of formal letter (告知书) a request calls for; a reply is one kind with one template per outcome. */
public enum LetterKind {
    RECEIPT("receipt", "登记回执", true),
    CLARIFICATION("clarification", "补正告知书", true),
    EXTENSION("extension", "延期答复告知书", true),
    CONSULTATION_THIRD_PARTY("consultation-third-party", "征求第三方意见函", false),
    CONSULTATION_AGENCY("consultation-agency", "征求其他行政机关意见函", false),
    FEE_NOTICE("fee", "收费通知书", true),
    REPLY("reply", "答复书", true),
    WITHDRAWAL("withdrawal", "撤回申请告知书", true);

    private final String code;
    private final String label;
    private final boolean toApplicant;

    LetterKind(String code, String label, boolean toApplicant) {
        this.code = code;
        this.label = label;
        this.toApplicant = toApplicant;
    }

    /** Return the kind's stable code, as used in template ids and on the command line. */
    public String code() {
        return code;
    }

    /** Return the kind's Chinese name, as listed on a request's page. */
    public String label() {
        return label;
    }

    /** Return whether the letter goes to the applicant (consultation letters go to the party consulted). */
    public boolean isToApplicant() {
        return toApplicant;
    }
}
