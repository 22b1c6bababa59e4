package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.gongkai.publication.CatalogueSettings;
import org.gongkai.publication.PublicationDeadlines;
import org.gongkai.publication.PublicationDue;
import org.gongkai.publication.PublicationTimeliness;
import org.gongkai.server.calendar.CalendarService;
import org.gongkai.server.publications.PublicationDrafts;
import org.springframework.stereotype.Component;

/**
 * 第二十六条 in the console: each draft not yet published with the last day to publish it, counted from its
 * 成文日期 (the day the information was formed) on the calendar in force with the agency's closures.
 */
@Component
class DraftDeadlines {

    /** A draft with where it stands today. */
    record Line(PublicationDrafts.Draft draft, PublicationDue due) {

        public boolean late() {
            return due.timeliness() == PublicationTimeliness.LATE;
        }

        public boolean nearlyLate() {
            return due.timeliness() == PublicationTimeliness.NEARLY_LATE;
        }
    }

    /** How many drafts are late and nearly late. */
    record Counts(long late, long nearlyLate) {

        public long total() {
            return late + nearlyLate;
        }
    }

    private final PublicationDrafts drafts;
    private final CalendarService calendar;
    private final Clock clock;
    private final CatalogueSettings settings = CatalogueSettings.defaults();

    DraftDeadlines(PublicationDrafts drafts, CalendarService calendar, Clock clock) {
        this.drafts = drafts;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Return the agency's unpublished drafts, the earliest due (so the late ones) first. */
    List<Line> of(String agency) {
        PublicationDeadlines deadlines = new PublicationDeadlines(calendar.calendar(), settings);
        LocalDate today = LocalDate.now(clock);
        return drafts.pending(agency).stream()
                .map(d -> new Line(d, deadlines.statusOn(d.issuedOn(), d.agency(), today)))
                .sorted(Comparator.comparing((Line l) -> l.due().dueOn()).thenComparing(l -> l.draft().id()))
                .toList();
    }

    Counts counts(String agency) {
        List<Line> lines = of(agency);
        return new Counts(lines.stream().filter(Line::late).count(), lines.stream().filter(Line::nearlyLate).count());
    }
}
