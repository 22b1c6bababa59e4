package org.gongkai.server.cli;

/** Input a person got wrong (a file, an argument): reported as one line with exit code 2. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
