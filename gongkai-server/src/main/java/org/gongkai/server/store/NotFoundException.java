package org.gongkai.server.store;

/** The record asked for does not exist (a 404 on the web). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
