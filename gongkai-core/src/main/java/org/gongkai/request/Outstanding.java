package org.gongkai.request;

import java.util.List;

/**
 * What is outstanding after some events: the index of the open 补正 notice, consultation and fee notice
 * (-1 when none), and of the extension if there was one.
 */
record Outstanding(int clarification, int consultation, int fee, int extension) {

    static final Outstanding NONE = new Outstanding(-1, -1, -1, -1);

    /** Return what is outstanding after the whole list of events. */
    static Outstanding of(List<RequestEvent> events) {
        Outstanding outstanding = NONE;
        for (int i = 0; i < events.size(); i++) {
            outstanding = outstanding.after(i, events.get(i));
        }
        return outstanding;
    }

    /** Return what is outstanding once event {@code i} has happened too. */
    Outstanding after(int i, RequestEvent e) {
        if (e instanceof RequestEvent.ClarificationRequested) {
            return new Outstanding(i, consultation, fee, extension);
        } else if (e instanceof RequestEvent.ClarificationReceived) {
            return new Outstanding(-1, consultation, fee, extension);
        } else if (e instanceof RequestEvent.ConsultationStarted) {
            return new Outstanding(clarification, i, fee, extension);
        } else if (e instanceof RequestEvent.ConsultationEnded) {
            return new Outstanding(clarification, -1, fee, extension);
        } else if (e instanceof RequestEvent.FeeNotified) {
            return new Outstanding(clarification, consultation, i, extension);
        } else if (e instanceof RequestEvent.FeePaid) {
            return new Outstanding(clarification, consultation, -1, extension);
        } else if (e instanceof RequestEvent.Extended) {
            return new Outstanding(clarification, consultation, fee, i);
        }
        return this;
    }
}
