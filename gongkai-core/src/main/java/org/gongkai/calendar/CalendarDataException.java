package org.gongkai.calendar;

/** Calendar data that cannot be loaded: the message names the source, the line and the expected format. */
public class CalendarDataException extends IllegalArgumentException {

    public CalendarDataException(String message) {
        super(message);
    }
}
