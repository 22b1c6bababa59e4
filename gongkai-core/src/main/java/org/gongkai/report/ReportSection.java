package org.gongkai.report;

/** The six sections of an annual report (law-spec.md §1.2), with their official headings. */
public enum ReportSection {
    OVERVIEW("一、总体情况"),
    PROACTIVE_DISCLOSURE("二、主动公开政府信息情况"),
    REQUESTS("三、收到和处理政府信息公开申请情况"),
    APPEALS("四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS_AND_IMPROVEMENTS("五、存在的主要问题及改进情况"),
    OTHER_MATTERS("六、其他需要报告的事项");

    private final String heading;

    ReportSection(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    /** Return whether staff write this section as prose (the others are tables). */
    public boolean isProse() {
        return this == OVERVIEW || this == PROBLEMS_AND_IMPROVEMENTS || this == OTHER_MATTERS;
    }
}
