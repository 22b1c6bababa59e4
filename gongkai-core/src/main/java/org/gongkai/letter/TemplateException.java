package org.gongkai.letter;

/** A letter template that cannot be used; the message is Chinese and names the template and, where one, the line. */
public class TemplateException extends IllegalArgumentException {

    public TemplateException(String message) {
        super(message);
    }
}
