package org.gongkai.request;

/** The groups of 表三 section 三、本年度办理结果, with their official labels. */
public enum OutcomeGroup {
    DISCLOSED("（一）予以公开"),
    PARTIALLY_DISCLOSED("（二）部分公开"),
    WITHHELD("（三）不予公开"),
    UNAVAILABLE("（四）无法提供"),
    NOT_PROCESSED("（五）不予处理"),
    OTHER("（六）其他处理");

    private final String label;

    OutcomeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
