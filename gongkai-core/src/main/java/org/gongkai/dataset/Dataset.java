package org.gongkai.dataset;

import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.publication.Publication;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.DisclosureRequest;

/** A gongkai/1 document (interchange.md): every fact an annual report and the clock are computed from. */
public record Dataset(
        List<Agency> agencies,
        List<DisclosureRequest> requests,
        List<Publication> publications,
        List<DecisionCounts> decisionCounts,
        List<Appeal> appeals) {

    public static final String FORMAT = "gongkai/1";

    public Dataset {
        agencies = List.copyOf(agencies);
        requests = List.copyOf(requests);
        publications = List.copyOf(publications);
        decisionCounts = List.copyOf(decisionCounts);
        appeals = List.copyOf(appeals);
    }
}
