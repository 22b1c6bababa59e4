package org.gongkai.report;

import java.util.List;
import java.util.Objects;

/**
 * A rule that does not hold in a report.
 *
 * @param rule the rule's stable name, e.g. {@code table3.balance}
 * @param cells the cells involved, as {@code table3.NEW.TOTAL}-style references
 * @param expected the value the rule requires, as printed (may be empty when not a single value)
 * @param found the value the report has, as printed
 * @param message one Chinese sentence a clerk understands
 */
public record Finding(
        String rule, Severity severity, List<String> cells, String expected, String found, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        cells = List.copyOf(cells);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isFormat() {
        return severity == Severity.FORMAT;
    }
}
