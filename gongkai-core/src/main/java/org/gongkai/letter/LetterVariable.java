package org.gongkai.letter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list of the template language: every name a template may write as {@code {{name}}}, the letter
 * kinds that may use it, and whether a template of a kind must use it.
 */
public enum LetterVariable {
    AGENCY_NAME("agencyName", "本机关名称", all(), none()),
    TRACKING_NUMBER("trackingNumber", "申请编号", all(), all()),
    RECIPIENT_NAME("recipientName", "收文人：申请人，或被征求意见的第三方、行政机关", all(), all()),
    REQUESTED_INFORMATION("requestedInformation", "申请获取的政府信息（申请内容摘要）", all(), none()),
    RECEIVED_ON("receivedOn", "收到申请之日", all(), none()),
    ISSUED_ON("issuedOn", "本文书的成文日期", all(), none()),
    CONTACT("contact", "本机关政府信息公开工作机构的联系方式", all(), none()),
    DETAILS("details", "经办人填写的具体说明（可以为空，为空时所在段落不印出）", all(), none()),
    DUE_ON("dueOn", "答复期限", EnumSet.of(LetterKind.RECEIPT, LetterKind.EXTENSION),
            EnumSet.of(LetterKind.RECEIPT, LetterKind.EXTENSION)),
    ORIGINAL_DUE_ON("originalDueOn", "延期前的答复期限", EnumSet.of(LetterKind.EXTENSION), none()),
    EXTENSION_DAYS("extensionDays", "延长的工作日数", EnumSet.of(LetterKind.EXTENSION),
            EnumSet.of(LetterKind.EXTENSION)),
    RESPOND_BY("respondBy", "补正期限", EnumSet.of(LetterKind.CLARIFICATION), EnumSet.of(LetterKind.CLARIFICATION)),
    FEE_AMOUNT("feeAmount", "信息处理费金额（元）", EnumSet.of(LetterKind.FEE_NOTICE), EnumSet.of(LetterKind.FEE_NOTICE)),
    PAYMENT_DEADLINE("paymentDeadline", "缴费期限", EnumSet.of(LetterKind.FEE_NOTICE),
            EnumSet.of(LetterKind.FEE_NOTICE)),
    ARTICLE("article", "答复所依据的条例条款（办理结果没有对应条款的不可用）", EnumSet.of(LetterKind.REPLY), none()),
    REMEDIES("remedies", "行政复议、行政诉讼的救济途径和期限", EnumSet.of(LetterKind.REPLY), EnumSet.of(LetterKind.REPLY));

    private final String templateName;
    private final String description;
    private final Set<LetterKind> allowedIn;
    private final Set<LetterKind> requiredIn;

    LetterVariable(String templateName, String description, Set<LetterKind> allowedIn, Set<LetterKind> requiredIn) {
        this.templateName = templateName;
        this.description = description;
        this.allowedIn = allowedIn;
        this.requiredIn = requiredIn;
    }

    /** Return the name a template writes between {@code {{ }}}. */
    public String templateName() {
        return templateName;
    }

    /** Return what the variable holds, in Chinese, for the people who edit templates. */
    public String description() {
        return description;
    }

    /** Return the variable a template names, or empty for a name that is not on the allow-list. */
    public static Optional<LetterVariable> byTemplateName(String name) {
        return Arrays.stream(values()).filter(v -> v.templateName.equals(name)).findFirst();
    }

    /** Return whether a template of {@code type} may use this variable. */
    public boolean isAllowedIn(LetterType type) {
        return allowedIn.contains(type.kind()) && (this != ARTICLE || hasArticle(type));
    }

    /** Return whether a template of {@code type} must use this variable. */
    public boolean isRequiredIn(LetterType type) {
        return requiredIn.contains(type.kind()) || this == ARTICLE && hasArticle(type);
    }

    /** Return whether a letter may print this variable as nothing. */
    public boolean mayBeEmpty() {
        return this == DETAILS;
    }

    private static boolean hasArticle(LetterType type) {
        return type.outcome().flatMap(o -> o.article()).isPresent();
    }

    private static Set<LetterKind> all() {
        return EnumSet.allOf(LetterKind.class);
    }

    private static Set<LetterKind> none() {
        return EnumSet.noneOf(LetterKind.class);
    }
}
