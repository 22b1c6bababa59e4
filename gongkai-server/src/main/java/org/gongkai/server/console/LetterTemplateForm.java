package org.gongkai.server.console;

/** The text of a letter template as the administrator edits it. */
public class LetterTemplateForm {

    private String source;

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
