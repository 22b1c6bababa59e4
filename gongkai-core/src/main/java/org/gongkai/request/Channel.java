package org.gongkai.request;

/** How an application reached the agency (第三十一条 decides its receipt date per channel). */
public enum Channel {
    IN_PERSON("当面提交"),
    REGISTERED_MAIL("需签收的邮寄"),
    ORDINARY_MAIL("平常信函"),
    ONLINE("网络平台"),
    EMAIL("电子邮件"),
    FAX("传真");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
