package org.gongkai.publication;

/** A lifecycle step the rules do not allow; the message is a Chinese sentence naming the rule. */
public class PublicationRefusedException extends RuntimeException {

    public PublicationRefusedException(String message) {
        super(message);
    }
}
