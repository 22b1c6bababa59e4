package org.gongkai.request;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.gongkai.calendar.WorkCalendar;

/**
 * The statutory clock of one agency: a calendar plus the agency's {@link LocalClockChoice}s over the default
 * settings. A request is counted with the choices in force on the day it was received, so a choice applies to
 * the requests received from its start on; of two choices of one setting from the same day the later in
 * {@code choices} counts.
 */
public final class AgencyClock {

    private final NavigableMap<LocalDate, StatutoryClock> clocks = new TreeMap<>();

    public AgencyClock(WorkCalendar calendar, List<LocalClockChoice> choices) {
        List<LocalClockChoice> byStart = choices.stream()
                .sorted(Comparator.comparing(LocalClockChoice::effectiveFrom)).toList();
        clocks.put(LocalDate.MIN, new StatutoryClock(calendar, ClockSettings.defaults()));
        for (LocalClockChoice start : byStart) {
            ClockSettings settings = ClockSettings.defaults();
            for (LocalClockChoice c : byStart) {
                if (!c.effectiveFrom().isAfter(start.effectiveFrom())) {
                    settings = c.applyTo(settings);
                }
            }
            clocks.put(start.effectiveFrom(), new StatutoryClock(calendar, settings));
        }
    }

    /** Return the clock of the requests received on {@code receivedOn}. */
    public StatutoryClock forReceiptOn(LocalDate receivedOn) {
        return clocks.floorEntry(receivedOn).getValue();
    }

    /** Return the settings in force for a request received on {@code receivedOn}. */
    public ClockSettings settingsOn(LocalDate receivedOn) {
        return forReceiptOn(receivedOn).settings;
    }
}
