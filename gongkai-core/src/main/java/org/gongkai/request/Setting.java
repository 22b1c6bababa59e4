package org.gongkai.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One named setting's value, the day it took effect and its legal reference, so a trace can cite it.
 *
 * @param <T> {@link Integer} or {@link Boolean}
 */
public record Setting<T>(String name, T value, LocalDate effectiveFrom, String reference) {

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(reference, "reference");
    }

    /** Return the citation a trace prints, e.g. {@code replyWorkingDays=20（依据：…，自 2019-05-15 起）}. */
    public String cite() {
        return name + "=" + value + "（依据：" + reference + "，自 " + effectiveFrom + " 起）";
    }
}
