package org.gongkai.report;

/** The five columns of each 表四 group, in official order. */
public enum Table4Column {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结"),
    TOTAL("总计");

    private final String label;

    Table4Column(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
