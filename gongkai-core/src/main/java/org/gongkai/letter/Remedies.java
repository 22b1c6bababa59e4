package org.gongkai.letter;

/** The remedies every reply must tell the applicant of (条例 第五十一条), with their statutory periods. */
public final class Remedies {

    /** The regulation's title as letters cite it. */
    public static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    /** 《中华人民共和国行政复议法》第二十条: sixty days from knowing of the act. */
    public static final int REVIEW_DAYS = 60;

    /** 《中华人民共和国行政诉讼法》第四十六条: six months from knowing of the act. */
    public static final int LITIGATION_MONTHS = 6;

    /** The review body a reply names when the agency has not set its own. */
    public static final String GENERIC_REVIEW_BODY = "依法有权受理的行政复议机关";

    /** The court a reply names when the agency has not set its own. */
    public static final String GENERIC_COURT = "人民法院";

    private Remedies() {
    }

    /**
     * Return the remedies paragraph of a reply; {@code reviewBody} is the organ that hears a review and
     * {@code court} the people's court that hears a suit.
     */
    public static String text(String reviewBody, String court) {
        return "如对本答复不服，您可以根据" + REGULATION + "第五十一条的规定，自知道本答复之日起"
                + REVIEW_DAYS + "日内向" + reviewBody + "申请行政复议，或者自知道本答复之日起" + LITIGATION_MONTHS
                + "个月内依法向" + court + "提起行政诉讼。";
    }
}
