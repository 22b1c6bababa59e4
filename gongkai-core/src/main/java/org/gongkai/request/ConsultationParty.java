package org.gongkai.request;

/** Whom an agency consults before replying (第三十二条 third party, 第三十四条 another agency). */
public enum ConsultationParty {
    THIRD_PARTY("第三方"),
    AGENCY("其他行政机关");

    private final String label;

    ConsultationParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
