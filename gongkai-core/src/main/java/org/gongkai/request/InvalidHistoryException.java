package org.gongkai.request;

/**
 * A request history that the law does not allow (interchange.md "Request events").
 *
 * @see #eventIndex()
 */
public class InvalidHistoryException extends IllegalArgumentException {

    private final int eventIndex;

    /** Create the exception; {@code message} is Chinese and names the offending event. */
    public InvalidHistoryException(int eventIndex, String message) {
        super(message);
        this.eventIndex = eventIndex;
    }

    /** Return the index, in the request's event list, of the event that breaks the rule. */
    public int eventIndex() {
        return eventIndex;
    }
}
