package org.gongkai.letter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.gongkai.request.Outcome;
import org.gongkai.request.OutcomeGroup;

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
    REMEDIES("remedies", "行政复议、行政诉讼的救济途径和期限", EnumSet.of(LetterKind.REPLY), EnumSet.of(LetterKind.REPLY)),
    CORRECTION_ITEMS("correctionItems", "需要补正的事项（第三十条）", Particular.NEEDED,
            kind(LetterKind.CLARIFICATION), kind(LetterKind.CLARIFICATION)),
    APPROVED_BY("approvedBy", "同意延期的政府信息公开工作机构负责人（第三十三条第二款）", Particular.NEEDED,
            kind(LetterKind.EXTENSION), kind(LetterKind.EXTENSION)),
    EXTENSION_REASON("extensionReason", "延期的理由（可以为空，为空时所在段落不印出）", Particular.OPTIONAL,
            kind(LetterKind.EXTENSION), t -> false),
    CONSULTED_INFORMATION("consultedInformation", "征求意见所涉的政府信息", Particular.NEEDED,
            LetterVariable::isConsultation, LetterVariable::isConsultation),
    OPINION_BY("opinionBy", "提出意见的期限", Particular.NEEDED,
            LetterVariable::isConsultation, LetterVariable::isConsultation),
    PAYMENT_METHOD("paymentMethod", "缴费的方式", Particular.NEEDED,
            kind(LetterKind.FEE_NOTICE), kind(LetterKind.FEE_NOTICE)),
    INFORMATION_PROVIDED("informationProvided", "向申请人提供的政府信息", Particular.NEEDED,
            reply(Outcome.DISCLOSED, Outcome.PARTIALLY_DISCLOSED), reply(Outcome.DISCLOSED, Outcome.PARTIALLY_DISCLOSED)),
    PROVISION_METHOD("provisionMethod", "提供的方式（电子数据、纸质、邮寄等）", Particular.NEEDED,
            reply(Outcome.DISCLOSED, Outcome.PARTIALLY_DISCLOSED), reply(Outcome.DISCLOSED, Outcome.PARTIALLY_DISCLOSED)),
    WITHHELD_PARTS("withheldParts", "不予公开的部分及各部分的法律依据", Particular.NEEDED,
            reply(Outcome.PARTIALLY_DISCLOSED), reply(Outcome.PARTIALLY_DISCLOSED)),
    PUBLISHED_AT("publishedAt", "获取已公开政府信息的方式和途径（目录链接和索引号，或者公报、报刊、网站）", Particular.NEEDED,
            variant(ReplyVariant.ALREADY_PUBLISHED), variant(ReplyVariant.ALREADY_PUBLISHED)),
    RESPONSIBLE_ORGAN("responsibleOrgan", "负责公开该政府信息的行政机关及其联系方式（能够确定的；可以为空）",
            Particular.OPTIONAL, variant(ReplyVariant.NOT_RESPONSIBLE), t -> false),
    REASON("reason", "作出该答复的理由", Particular.NEEDED, LetterVariable::needsReason, LetterVariable::needsReason);

    private final String templateName;
    private final String description;
    private final Predicate<LetterType> allowedIn;
    private final Predicate<LetterType> requiredIn;
    private final Particular particular;
    private final Predicate<LetterType> neededIn;

    LetterVariable(String templateName, String description, Set<LetterKind> allowedIn, Set<LetterKind> requiredIn) {
        this.templateName = templateName;
        this.description = description;
        this.allowedIn = t -> allowedIn.contains(t.kind());
        this.requiredIn = t -> requiredIn.contains(t.kind());
        this.particular = Particular.NONE;
        this.neededIn = t -> false;
    }

    /**
     * A particular the clerk states on the step's form: allowed in the templates {@code allowedIn} accepts but
     * required in none (an agency's own templates written before it existed stay valid; the defaults print it).
     */
    LetterVariable(String templateName, String description, Particular particular, Predicate<LetterType> allowedIn,
            Predicate<LetterType> neededIn) {
        this.templateName = templateName;
        this.description = description;
        this.allowedIn = allowedIn;
        this.requiredIn = t -> false;
        this.particular = particular;
        this.neededIn = neededIn;
    }

    /** Whether the clerk states a variable on the step's form, and whether the letter may go without it. */
    private enum Particular { NONE, NEEDED, OPTIONAL }

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
        return allowedIn.test(type) && (this != ARTICLE || hasArticle(type));
    }

    /** Return whether a template of {@code type} must use this variable. */
    public boolean isRequiredIn(LetterType type) {
        return requiredIn.test(type) || this == ARTICLE && hasArticle(type);
    }

    /** Return whether the clerk states this variable on the form of the step that writes a letter of {@code type}. */
    public boolean isParticularOf(LetterType type) {
        return particular != Particular.NONE && allowedIn.test(type);
    }

    /** Return whether a letter of {@code type} may not be written without this particular (the law requires it). */
    public boolean isNeededIn(LetterType type) {
        return particular == Particular.NEEDED && neededIn.test(type);
    }

    /** Return the particulars the clerk states for a letter of {@code type}, in form order. */
    public static List<LetterVariable> particularsOf(LetterType type) {
        return Arrays.stream(values()).filter(v -> v.isParticularOf(type)).toList();
    }

    /** Return whether a letter may print this variable as nothing (the paragraph holding it is then left out). */
    public boolean mayBeEmpty() {
        return this == DETAILS || particular == Particular.OPTIONAL;
    }

    /** Return whether a paragraph holding this variable is left out when it is empty (an optional particular). */
    public boolean dropsParagraphWhenEmpty() {
        return particular == Particular.OPTIONAL;
    }

    private static boolean hasArticle(LetterType type) {
        return type.article().isPresent();
    }

    private static Predicate<LetterType> kind(LetterKind kind) {
        return t -> t.kind() == kind;
    }

    private static Predicate<LetterType> reply(Outcome... outcomes) {
        Set<Outcome> set = EnumSet.copyOf(List.of(outcomes));
        return t -> t.variant().isEmpty() && t.outcome().filter(set::contains).isPresent();
    }

    private static Predicate<LetterType> variant(ReplyVariant variant) {
        return t -> t.variant().filter(v -> v == variant).isPresent();
    }

    private static boolean isConsultation(LetterType t) {
        return t.kind() == LetterKind.CONSULTATION_THIRD_PARTY || t.kind() == LetterKind.CONSULTATION_AGENCY;
    }

    /** 不予公开 and 不予处理 replies and 第三十六条（五）give their reason. */
    private static boolean needsReason(LetterType t) {
        OutcomeGroup group = t.outcome().map(Outcome::group).orElse(null);
        return group == OutcomeGroup.WITHHELD || group == OutcomeGroup.NOT_PROCESSED
                || t.variant().filter(v -> v == ReplyVariant.NOT_RESPONSIBLE).isPresent();
    }

    private static Set<LetterKind> all() {
        return EnumSet.allOf(LetterKind.class);
    }

    private static Set<LetterKind> none() {
        return EnumSet.noneOf(LetterKind.class);
    }
}
