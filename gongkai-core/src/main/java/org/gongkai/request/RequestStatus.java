package org.gongkai.request;

import java.util.Objects;

/**
 * A request's state on one day, with the due date as known that day.
 *
 * @param workingDaysLeft working days after that day up to and including {@code dueOn}; negative when overdue
 *     (the working days since {@code dueOn}); 0 once the request is finished
 */
public record RequestStatus(RequestState state, Deadline deadline, int workingDaysLeft) {

    public RequestStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadline, "deadline");
    }
}
