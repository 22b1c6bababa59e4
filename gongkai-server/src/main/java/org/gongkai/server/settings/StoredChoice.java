package org.gongkai.server.settings;

import java.time.OffsetDateTime;
import org.gongkai.request.LocalClockChoice;

/** One recorded local choice of an agency: the choice, who recorded it and when. */
public record StoredChoice(String agency, LocalClockChoice choice, String recordedBy, OffsetDateTime recordedAt) {
}
