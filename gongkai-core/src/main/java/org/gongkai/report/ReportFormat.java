package org.gongkai.report;

/** Which national format a report follows (law-spec.md §1.8). */
public enum ReportFormat {
    /** 国办公开办函〔2019〕60号, the trial format: one （六）其他处理 row, older 表二. */
    FORMAT_2019("2019"),
    /** 国办公开办函〔2021〕30号, used from the 2021 annual reports on. */
    FORMAT_2021("2021");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    /** Return the format's short code as used in JSON ({@code "2019"} or {@code "2021"}). */
    public String code() {
        return code;
    }
}
