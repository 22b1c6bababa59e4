package org.gongkai.report;

import java.util.Optional;

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

    /** Return the format whose JSON code is {@code code}, or empty when there is none. */
    public static Optional<ReportFormat> ofCode(String code) {
        for (ReportFormat format : values()) {
            if (format.code.equals(code)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Return whether 表三 of this format has the row; the 2019 format has a single （六）其他处理 row,
     * counted in {@link Table3Row#OTHER}, and no rows for （六）1 and （六）2.
     */
    public boolean hasRow(Table3Row row) {
        return this == FORMAT_2021 || (row != Table3Row.OTHER_NO_CLARIFICATION && row != Table3Row.OTHER_FEE_UNPAID);
    }

    /** Return the format's short code as used in JSON ({@code "2019"} or {@code "2021"}). */
    public String code() {
        return code;
    }
}
