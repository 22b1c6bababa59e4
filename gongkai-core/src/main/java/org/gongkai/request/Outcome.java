package org.gongkai.request;

import java.util.Optional;

/**
 * How a request was closed: the 21 outcome rows of 表三, in official order.
 *
 * <p>{@link #label()} is the row label exactly as the 2021 format prints it (law-spec.md §1.4);
 * {@link #article()} is the 条例 provision a reply letter cites, where the regulation has one.
 */
public enum Outcome {
    DISCLOSED(OutcomeGroup.DISCLOSED, "（一）予以公开", "第三十六条第（一）项、第（二）项"),
    PARTIALLY_DISCLOSED(OutcomeGroup.PARTIALLY_DISCLOSED,
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "第三十七条"),
    WITHHELD_STATE_SECRET(OutcomeGroup.WITHHELD, "1.属于国家秘密", "第十四条"),
    WITHHELD_PROHIBITED_BY_LAW(OutcomeGroup.WITHHELD, "2.其他法律行政法规禁止公开", "第十四条"),
    WITHHELD_SECURITY_STABILITY(OutcomeGroup.WITHHELD, "3.危及“三安全一稳定”", "第十四条"),
    WITHHELD_THIRD_PARTY_RIGHTS(OutcomeGroup.WITHHELD, "4.保护第三方合法权益", "第十五条"),
    WITHHELD_INTERNAL_AFFAIRS(OutcomeGroup.WITHHELD, "5.属于三类内部事务信息", "第十六条第一款"),
    WITHHELD_PROCESS_INFORMATION(OutcomeGroup.WITHHELD, "6.属于四类过程性信息", "第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILE(OutcomeGroup.WITHHELD, "7.属于行政执法案卷", "第十六条第二款"),
    WITHHELD_ADMINISTRATIVE_QUERY(OutcomeGroup.WITHHELD, "8.属于行政查询事项", "第三十六条第（七）项"),
    UNAVAILABLE_NOT_HELD(OutcomeGroup.UNAVAILABLE, "1.本机关不掌握相关政府信息", "第三十六条第（四）项、第（五）项"),
    UNAVAILABLE_NEEDS_CREATION(OutcomeGroup.UNAVAILABLE, "2.没有现成信息需要另行制作", "第三十八条"),
    UNAVAILABLE_STILL_UNCLEAR(OutcomeGroup.UNAVAILABLE, "3.补正后申请内容仍不明确", "第三十条"),
    NOT_PROCESSED_COMPLAINT(OutcomeGroup.NOT_PROCESSED, "1.信访举报投诉类申请", "第三十九条第一款"),
    NOT_PROCESSED_REPEATED(OutcomeGroup.NOT_PROCESSED, "2.重复申请", "第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION(OutcomeGroup.NOT_PROCESSED, "3.要求提供公开出版物", "第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE(OutcomeGroup.NOT_PROCESSED, "4.无正当理由大量反复申请", "第三十五条"),
    NOT_PROCESSED_RECONFIRMATION(OutcomeGroup.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息", null),
    OTHER_NO_CLARIFICATION(OutcomeGroup.OTHER,
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    OTHER_FEE_UNPAID(OutcomeGroup.OTHER,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第四十二条"),
    OTHER(OutcomeGroup.OTHER, "3.其他", null);

    private final OutcomeGroup group;
    private final String label;
    private final String article;

    Outcome(OutcomeGroup group, String label, String article) {
        this.group = group;
        this.label = label;
        this.article = article;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** Return the official 表三 row label, character for character. */
    public String label() {
        return label;
    }

    /**
     * Return the outcome in plain words for the applicant: the group, and for the groups with rows the row, without
     * the table's numbering or counting notes (for example 不予公开：属于国家秘密).
     */
    public String plainLabel() {
        String groupWords = group.label().replaceFirst("^（.）", "");
        if (group == OutcomeGroup.DISCLOSED || group == OutcomeGroup.PARTIALLY_DISCLOSED) {
            return groupWords;
        }
        return groupWords + "：" + label.replaceFirst("^\\d+\\.", "");
    }

    /** Return the 条例 provision that grounds this outcome, or empty where the regulation has none. */
    public Optional<String> article() {
        return Optional.ofNullable(article);
    }
}
