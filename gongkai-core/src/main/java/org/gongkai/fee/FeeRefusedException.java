package org.gongkai.fee;

/** A fee the rules do not allow, or an input they cannot count; the message is a Chinese sentence naming the rule. */
public class FeeRefusedException extends IllegalArgumentException {

    public FeeRefusedException(String message) {
        super(message);
    }
}
