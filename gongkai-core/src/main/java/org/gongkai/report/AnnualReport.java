package org.gongkai.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An agency's 政府信息公开工作年度报告 for one year: the prose sections and 表二, 表三, 表四.
 *
 * @param agencyCode the agency's code, or empty when read from a published text that does not say
 * @param prose text of the prose sections (一, 五, 六), keyed by section; absent when not written or not found
 * @param findings what the report rules found, in the order found
 */
public record AnnualReport(
        String agencyCode,
        String agencyName,
        Integer year,
        ReportFormat format,
        Map<ReportSection, String> prose,
        Table2 table2,
        Table3 table3,
        Table4 table4,
        List<Finding> findings) {

    public AnnualReport {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(format, "format");
        prose = prose.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(prose));
        Objects.requireNonNull(table2, "table2");
        Objects.requireNonNull(table3, "table3");
        Objects.requireNonNull(table4, "table4");
        findings = List.copyOf(findings);
    }

    /** Return the report's title as the official format prints it. */
    public String title() {
        return agencyName + (year == null ? "" : year + "年") + "政府信息公开工作年度报告";
    }

    /** Return a copy with these findings in place of the present ones. */
    public AnnualReport withFindings(List<Finding> newFindings) {
        return new AnnualReport(agencyCode, agencyName, year, format, prose, table2, table3, table4, newFindings);
    }

    /** Return a copy with this section's prose replaced. */
    public AnnualReport withProse(ReportSection section, String text) {
        Map<ReportSection, String> copy = new EnumMap<>(ReportSection.class);
        copy.putAll(prose);
        copy.put(section, text);
        return new AnnualReport(agencyCode, agencyName, year, format, copy, table2, table3, table4, findings);
    }
}
