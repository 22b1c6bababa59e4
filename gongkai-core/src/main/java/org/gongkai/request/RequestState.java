package org.gongkai.request;

/** Where a request stands on a given day. */
public enum RequestState {
    WAITING_ON_APPLICANT("等待申请人补正"),
    IN_CONSULTATION("征求意见中"),
    AWAITING_PAYMENT("等待缴费"),
    OPEN("办理中"),
    OVERDUE("已逾期"),
    CLOSED_ON_TIME("按期办结"),
    CLOSED_LATE("逾期办结");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
