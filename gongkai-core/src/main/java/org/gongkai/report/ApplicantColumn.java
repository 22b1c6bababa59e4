package org.gongkai.report;

import org.gongkai.request.ApplicantType;

/** The seven columns of 表三: the six applicant types, then 总计. */
public enum ApplicantColumn {
    NATURAL_PERSON(ApplicantType.NATURAL_PERSON),
    COMMERCIAL_ENTERPRISE(ApplicantType.COMMERCIAL_ENTERPRISE),
    RESEARCH_INSTITUTION(ApplicantType.RESEARCH_INSTITUTION),
    PUBLIC_INTEREST_ORGANISATION(ApplicantType.PUBLIC_INTEREST_ORGANISATION),
    LEGAL_SERVICE_ORGANISATION(ApplicantType.LEGAL_SERVICE_ORGANISATION),
    OTHER_ORGANISATION(ApplicantType.OTHER_ORGANISATION),
    TOTAL(null);

    private final ApplicantType applicantType;

    ApplicantColumn(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public static ApplicantColumn of(ApplicantType type) {
        return values()[type.ordinal()];
    }

    /** Return the official column label. */
    public String label() {
        return applicantType == null ? "总计" : applicantType.label();
    }
}
