package org.gongkai.applicant;

/** The identity documents an applicant may show (条例第二十九条第二款：身份证明), each checked by its own rule. */
public enum IdentityDocument {
    RESIDENT_ID("居民身份证"),
    RESIDENCE_PERMIT("港澳台居民居住证"),
    PASSPORT("护照"),
    HK_MACAO_PERMIT("港澳居民来往内地通行证"),
    TAIWAN_PERMIT("台湾居民来往大陆通行证"),
    CREDIT_CODE("统一社会信用代码");

    private final String label;

    IdentityDocument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
