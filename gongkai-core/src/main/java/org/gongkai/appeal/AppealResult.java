package org.gongkai.appeal;

/** How a review or lawsuit ended; a pending one has no result yet. */
public enum AppealResult {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果");

    private final String label;

    AppealResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
