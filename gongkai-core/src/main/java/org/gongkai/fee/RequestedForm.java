package org.gongkai.fee;

/** How the applicant asked to receive the information (条例第二十九条第二款第（三）项, 第四十条). */
public enum RequestedForm {
    PAPER("纸质文本", true),
    EMAIL("电子邮件", true),
    COPIED_DATA("复制的电子数据", true),
    VIEWING("查阅、抄录", false);

    private final String label;
    private final boolean countedByPage;

    RequestedForm(String label, boolean countedByPage) {
        this.label = label;
        this.countedByPage = countedByPage;
    }

    public String label() {
        return label;
    }

    /** Return whether 按量计收 may apply: only to paper, e-mail and copied data (国办函〔2020〕109号第五条). */
    public boolean countedByPage() {
        return countedByPage;
    }
}
