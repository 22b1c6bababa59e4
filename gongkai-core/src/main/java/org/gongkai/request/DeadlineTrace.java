package org.gongkai.request;

import java.util.List;

/**
 * How a deadline was reached, step by step, in Chinese a clerk can check by hand: the events that moved it,
 * the settings used (with their start dates and legal references), and every day walked and why it was or
 * was not counted.
 *
 * @param lines the steps, in order; unmodifiable
 * @param warnings what the law frowns on but does not forbid (a late 补正 notice, a late payment) and
 *     provisional results; unmodifiable, possibly empty
 */
public record DeadlineTrace(List<String> lines, List<String> warnings) {

    public DeadlineTrace {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }
}
