package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gongkai.calendar.WorkCalendar;

/**
 * 第二十六条: proactively disclosed information is published within 20 working days of the day it was formed or changed.
 * Counted as statutory periods are (interchange.md, "The clock"): the day it was formed does not count; working days
 * come from the calendar, including the agency's own closures.
 */
public final class PublicationDeadlines {

    private final WorkCalendar calendar;
    private final CatalogueSettings settings;

    public PublicationDeadlines(WorkCalendar calendar, CatalogueSettings settings) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Return the last day to publish information of {@code agency} formed or changed on {@code formedOn}. */
    public LocalDate dueOn(LocalDate formedOn, String agency) {
        return calendar.addWorkingDays(formedOn, settings.publicationWorkingDays(), agency);
    }

    /** Return where an item not yet published stands on {@code today}. */
    public PublicationDue statusOn(LocalDate formedOn, String agency, LocalDate today) {
        LocalDate due = dueOn(formedOn, agency);
        boolean provisional = !calendar.isKnown(formedOn) || !calendar.isKnown(due) || !calendar.isKnown(today);
        if (today.isAfter(due)) {
            return new PublicationDue(formedOn, due, PublicationTimeliness.LATE, -calendar.workingDaysBetween(due, today, agency), provisional);
        }
        int left = calendar.workingDaysBetween(today, due, agency);
        PublicationTimeliness timeliness = left <= settings.nearlyLateWorkingDays()
                ? PublicationTimeliness.NEARLY_LATE : PublicationTimeliness.ON_TIME;
        return new PublicationDue(formedOn, due, timeliness, left, provisional);
    }

    /** Return whether an item published on {@code publishedOn} was published after its deadline. */
    public boolean publishedLate(LocalDate formedOn, String agency, LocalDate publishedOn) {
        return publishedOn.isAfter(dueOn(formedOn, agency));
    }

    /** Return the drafts that are late or nearly late on {@code today}, most urgent first, for the console. */
    public List<DraftDue> needingAttention(Collection<Draft> drafts, LocalDate today) {
        return drafts.stream()
                .map(d -> new DraftDue(d, statusOn(d.formedOn(), d.content().agency(), today)))
                .filter(d -> d.due().timeliness() != PublicationTimeliness.ON_TIME)
                .sorted(Comparator.comparing((DraftDue d) -> d.due().dueOn()).thenComparing(d -> d.draft().id()))
                .toList();
    }

    /** A draft with its deadline. */
    public record DraftDue(Draft draft, PublicationDue due) {
    }
}
