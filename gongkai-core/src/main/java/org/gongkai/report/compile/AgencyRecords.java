package org.gongkai.report.compile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.publication.Publication;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.DisclosureRequest;

/**
 * The records of one agency, gathered once from a dataset so that each report reads only its own. The
 * requests are also kept as parallel arrays of what 表三 counts (day numbers, applicant type, outcome), so
 * that counting a year does not walk every request's event list again.
 */
final class AgencyRecords {

    /** The day number of a request still open at the end of the dataset. */
    static final long OPEN = Long.MAX_VALUE;

    final Agency agency;
    final List<DisclosureRequest> requests = new ArrayList<>();
    final List<Publication> publications = new ArrayList<>();
    final List<Appeal> appeals = new ArrayList<>();
    final Map<Integer, DecisionCounts> decisionCountsByYear = new HashMap<>();
    final List<String> children = new ArrayList<>();

    long[] receivedDay = new long[0];
    long[] finishedDay = new long[0];
    byte[] applicantType = new byte[0];
    byte[] outcome = new byte[0];

    AgencyRecords(Agency agency) {
        this.agency = agency;
    }

    /** Size the parallel arrays for the number of requests {@link #add} will be given. */
    void expect(int requestCount) {
        receivedDay = new long[requestCount];
        finishedDay = new long[requestCount];
        applicantType = new byte[requestCount];
        outcome = new byte[requestCount];
    }

    /** Add a request of this agency to the list and to the parallel arrays. */
    void add(DisclosureRequest request) {
        int i = requests.size();
        requests.add(request);
        receivedDay[i] = request.receivedOn().toEpochDay();
        Optional<LocalDate> finished = request.finishedOn();
        finishedDay[i] = finished.isPresent() ? finished.get().toEpochDay() : OPEN;
        applicantType[i] = (byte) request.applicantType().ordinal();
        outcome[i] = (byte) (finished.isPresent() ? request.outcome().orElseThrow().ordinal() : -1);
    }
}
