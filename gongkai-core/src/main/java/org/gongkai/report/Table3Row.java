package org.gongkai.report;

import java.util.Optional;
import org.gongkai.request.Outcome;

/** The 25 data rows of 表三, in official order, with their official labels (law-spec.md §1.4). */
public enum Table3Row {
    NEW("一、本年新收政府信息公开申请数量", null),
    CARRIED_OVER("二、上年结转政府信息公开申请数量", null),
    DISCLOSED(Outcome.DISCLOSED),
    PARTIALLY_DISCLOSED(Outcome.PARTIALLY_DISCLOSED),
    WITHHELD_STATE_SECRET(Outcome.WITHHELD_STATE_SECRET),
    WITHHELD_PROHIBITED_BY_LAW(Outcome.WITHHELD_PROHIBITED_BY_LAW),
    WITHHELD_SECURITY_STABILITY(Outcome.WITHHELD_SECURITY_STABILITY),
    WITHHELD_THIRD_PARTY_RIGHTS(Outcome.WITHHELD_THIRD_PARTY_RIGHTS),
    WITHHELD_INTERNAL_AFFAIRS(Outcome.WITHHELD_INTERNAL_AFFAIRS),
    WITHHELD_PROCESS_INFORMATION(Outcome.WITHHELD_PROCESS_INFORMATION),
    WITHHELD_ENFORCEMENT_FILE(Outcome.WITHHELD_ENFORCEMENT_FILE),
    WITHHELD_ADMINISTRATIVE_QUERY(Outcome.WITHHELD_ADMINISTRATIVE_QUERY),
    UNAVAILABLE_NOT_HELD(Outcome.UNAVAILABLE_NOT_HELD),
    UNAVAILABLE_NEEDS_CREATION(Outcome.UNAVAILABLE_NEEDS_CREATION),
    UNAVAILABLE_STILL_UNCLEAR(Outcome.UNAVAILABLE_STILL_UNCLEAR),
    NOT_PROCESSED_COMPLAINT(Outcome.NOT_PROCESSED_COMPLAINT),
    NOT_PROCESSED_REPEATED(Outcome.NOT_PROCESSED_REPEATED),
    NOT_PROCESSED_PUBLICATION(Outcome.NOT_PROCESSED_PUBLICATION),
    NOT_PROCESSED_EXCESSIVE(Outcome.NOT_PROCESSED_EXCESSIVE),
    NOT_PROCESSED_RECONFIRMATION(Outcome.NOT_PROCESSED_RECONFIRMATION),
    OTHER_NO_CLARIFICATION(Outcome.OTHER_NO_CLARIFICATION),
    OTHER_FEE_UNPAID(Outcome.OTHER_FEE_UNPAID),
    OTHER(Outcome.OTHER),
    TOTAL_HANDLED("（七）总计", null),
    CARRIED_FORWARD("四、结转下年度继续办理", null);

    /** The label of the group that spans the 22 rows from {@link #DISCLOSED} to {@link #TOTAL_HANDLED}. */
    public static final String RESULTS_GROUP_LABEL = "三、本年度办理结果";

    /** The note in the corner cell of 表三, stating the balance rule. */
    public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private final String label;
    private final Outcome outcome;

    Table3Row(Outcome outcome) {
        this(outcome.label(), outcome);
    }

    Table3Row(String label, Outcome outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    public static Table3Row of(Outcome outcome) {
        return valueOf(outcome.name());
    }

    /** Return the official row label, character for character. */
    public String label() {
        return label;
    }

    /** Return the row label as {@code format} prints it: in 2019 the single （六） row reads （六）其他处理. */
    public String label(ReportFormat format) {
        return format.label(this);
    }

    /** Return the outcome this row counts, or empty for the four rows that are not outcomes. */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
