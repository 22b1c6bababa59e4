package org.gongkai.letter;

import java.time.LocalDate;
import java.util.Map;

/**
 * Invented facts for every variable, to preview a template while editing it (and to check templates):
 * each value is recognisable in the letter it fills.
 */
public final class SampleLetterFacts {

    public static final String AGENCY_NAME = "上海市示例区市场监督管理局";
    public static final String TRACKING_NUMBER = "SH-SL-2025-0042";
    public static final String RECIPIENT_NAME = "王某某";
    public static final String REVIEW_BODY = "上海市示例区人民政府";
    public static final String COURT = "上海市示例区人民法院";
    public static final LocalDate ISSUED_ON = LocalDate.of(2025, 5, 6);
    public static final LocalDate RECEIVED_ON = LocalDate.of(2025, 3, 3);

    /** Sample values of every particular a step's form states ({@link LetterVariable#particularsOf}). */
    public static final Map<LetterVariable, String> PARTICULARS = Map.ofEntries(
            Map.entry(LetterVariable.CORRECTION_ITEMS, "请写明所需批复文件的文号或者作出批复的时间"),
            Map.entry(LetterVariable.APPROVED_BY, "公开科科长李某某"),
            Map.entry(LetterVariable.EXTENSION_REASON, "所需信息分散于三个档案卷宗，需逐卷查找核实"),
            Map.entry(LetterVariable.CONSULTED_INFORMATION, "示例路改造工程施工合同中的报价明细"),
            Map.entry(LetterVariable.OPINION_BY, ChineseDates.format(LocalDate.of(2025, 3, 25))),
            Map.entry(LetterVariable.PAYMENT_METHOD, "通过上海市财政电子缴款平台缴纳，缴款码随本通知书附后"),
            Map.entry(LetterVariable.INFORMATION_PROVIDED, "《关于示例路改造工程立项的批复》（示发改〔2024〕12号）"),
            Map.entry(LetterVariable.PROVISION_METHOD, "以电子数据形式发送至您提供的电子邮箱"),
            Map.entry(LetterVariable.WITHHELD_PARTS, "批复附件二中的个人身份信息，依据第十五条不予公开"),
            Map.entry(LetterVariable.PUBLISHED_AT, "本机关政府信息公开目录，索引号：SL-2024-00012"),
            Map.entry(LetterVariable.RESPONSIBLE_ORGAN, "上海市示例区发展和改革委员会，电话021-11111111"),
            Map.entry(LetterVariable.REASON, "该信息不属于本机关职责范围"));

    private SampleLetterFacts() {
    }

    /** Return sample facts for a letter of {@code type}, the article included when its outcome has one. */
    public static LetterFacts of(LetterType type) {
        LetterFacts.Builder facts = LetterFacts.builder(AGENCY_NAME, TRACKING_NUMBER, ISSUED_ON)
                .text(LetterVariable.RECIPIENT_NAME, RECIPIENT_NAME)
                .text(LetterVariable.REQUESTED_INFORMATION, "2024年示例路改造工程的立项批复文件")
                .date(LetterVariable.RECEIVED_ON, RECEIVED_ON)
                .text(LetterVariable.CONTACT, "示例路1号，电话021-00000000")
                .date(LetterVariable.DUE_ON, LocalDate.of(2025, 4, 1))
                .date(LetterVariable.ORIGINAL_DUE_ON, LocalDate.of(2025, 3, 31))
                .text(LetterVariable.EXTENSION_DAYS, "20")
                .date(LetterVariable.RESPOND_BY, LocalDate.of(2025, 3, 24))
                .text(LetterVariable.FEE_AMOUNT, "1700.00")
                .date(LetterVariable.PAYMENT_DEADLINE, LocalDate.of(2025, 6, 3))
                .text(LetterVariable.REMEDIES, Remedies.text(REVIEW_BODY, COURT));
        PARTICULARS.forEach(facts::text);
        type.article()
                .ifPresent(a -> facts.text(LetterVariable.ARTICLE, Remedies.REGULATION + a));
        return facts.build();
    }
}
