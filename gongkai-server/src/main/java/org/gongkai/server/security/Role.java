package org.gongkai.server.security;

/** What a staff account may do. */
public enum Role {
    /** 经办人: registers requests and records their steps. */
    CLERK("经办人"),
    /** 审批人 (head of the disclosure office): approves extensions (第三十三条第二款), publishes reports. */
    APPROVER("审批人"),
    /** 管理员: settings, calendar revisions, accounts. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
