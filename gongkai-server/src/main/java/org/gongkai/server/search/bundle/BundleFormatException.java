package org.gongkai.server.search.bundle;

/** A catalogue bundle that breaks its format; the message (Chinese) names the part of the bundle at fault. */
public class BundleFormatException extends RuntimeException {

    public BundleFormatException(String message) {
        super(message);
    }

    public BundleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
