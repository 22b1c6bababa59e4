package org.gongkai.server.security;

/** What a staff account may do. */
public enum Role {
    /** 登记员: registers applications from every channel and records what arrives from outside (补正, payment, withdrawal). */
    REGISTRAR("登记员"),
    /** 承办人: handles a request: asks for 补正, consults, notifies fees, replies and closes it. */
    HANDLER("承办人"),
    /** 审批人 (head of the disclosure office): approves extensions (第三十三条第二款), publishes reports. */
    APPROVER("审批人"),
    /** 管理员: settings, calendar revisions, accounts, the annual report. */
    ADMIN("管理员"),
    /** 信息发布员: drafts, reviews (another's drafts), publishes and repeals items of proactive disclosure. */
    PUBLISHER("信息发布员"),
    /** 上级监督: reads the figures of its agency's descendant agencies; changes nothing. */
    SUPERVISOR("上级监督"),
    /** 系统管理员: the platform's administrator, of no agency: creates agencies' accounts (their first 管理员). */
    SYSTEM_ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
