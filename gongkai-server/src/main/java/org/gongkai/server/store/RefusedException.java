package org.gongkai.server.store;

/** An action the rules do not allow; the message (Chinese) says which rule and why. */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
