package org.gongkai.server.security;

/** What a staff account may do. */
public enum Role {
    /** 经办人: registers requests and records their steps. */
    CLERK("经办人"),
    /** 审批人 (head of the disclosure office): approves extensions (第三十三条第二款), publishes reports. */
    APPROVER("审批人"),
    /** 管理员: settings, calendar revisions, accounts, the annual report. */
    ADMIN("管理员"),
    /** 信息发布员: drafts, reviews (another's drafts), publishes and repeals items of proactive disclosure. */
    PUBLISHER("信息发布员"),
    /** 上级监督: reads the figures of its agency's descendant agencies; changes nothing. */
    SUPERVISOR("上级监督");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
