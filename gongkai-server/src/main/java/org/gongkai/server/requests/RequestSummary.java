package org.gongkai.server.requests;

import java.time.LocalDate;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.RequestState;

/** One line of a request list: the applicant's name is masked. */
public record RequestSummary(String id, String agency, ApplicantType applicantType, Channel channel,
        String maskedApplicantName, String subject, LocalDate receivedOn, RequestState state, LocalDate dueOn,
        boolean provisional) {
}
