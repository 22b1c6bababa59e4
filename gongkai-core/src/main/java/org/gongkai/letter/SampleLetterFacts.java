package org.gongkai.letter;

import java.time.LocalDate;

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
        type.outcome().flatMap(o -> o.article())
                .ifPresent(a -> facts.text(LetterVariable.ARTICLE, Remedies.REGULATION + a));
        return facts.build();
    }
}
