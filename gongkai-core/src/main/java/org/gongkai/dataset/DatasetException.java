package org.gongkai.dataset;

import org.gongkai.request.InvalidHistoryException;

/** A document that breaks the gongkai/1 format; the message is one Chinese sentence that starts with the path. */
public class DatasetException extends RuntimeException {

    private final String path;

    DatasetException(String path, String detail) {
        super(path + "：" + detail + (detail.endsWith("。") ? "" : "。"));
        this.path = path;
    }

    /**
     * Return the error for an illegal history of the request at {@code requestIndex} in a dataset's
     * request list, located at the offending event (for rules checked outside the reader, e.g. by the clock).
     */
    public static DatasetException atEvent(int requestIndex, InvalidHistoryException cause) {
        DatasetException error = new DatasetException(
                "$.requests[" + requestIndex + "].events[" + cause.eventIndex() + "]", cause.getMessage());
        error.initCause(cause);
        return error;
    }

    /** Return the JSON path of the offending value, e.g. {@code $.requests[3].events[2].on}. */
    public String path() {
        return path;
    }
}
