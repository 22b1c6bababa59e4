package org.gongkai.report.compile;

import java.time.LocalDate;
import org.gongkai.appeal.Appeal;

/**
 * Which cases a year's 表四 counts: the format does not settle whether cases pending from earlier years are
 * counted (law-spec.md: UNCONFIRMED; some agencies note "含上年度结转数量"). docs/settings.md, {@code table4Scope}.
 */
public enum Table4Scope {
    /** Only the cases filed in the year (interchange.md): a case decided in a later year never shows its result. */
    FILED_IN_YEAR,
    /** Also the cases filed earlier and still pending on 1 January, each in its state at the end of the year. */
    WITH_CARRIED_OVER;

    /** Return whether the report for {@code year} counts {@code appeal}. */
    boolean counts(Appeal appeal, int year) {
        int filed = appeal.filedOn().getYear();
        if (filed == year) {
            return true;
        }
        LocalDate lastOfPreviousYear = LocalDate.of(year - 1, 12, 31);
        return this == WITH_CARRIED_OVER && filed < year && appeal.resultOn(lastOfPreviousYear).isEmpty();
    }
}
