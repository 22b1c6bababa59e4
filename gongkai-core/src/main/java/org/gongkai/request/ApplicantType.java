package org.gongkai.request;

/** Who filed a request: the six applicant columns of 表三, in the official column order. */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_INTEREST_ORGANISATION("社会公益组织"),
    LEGAL_SERVICE_ORGANISATION("法律服务机构"),
    OTHER_ORGANISATION("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    /** Return the official 表三 column label. */
    public String label() {
        return label;
    }
}
