package org.gongkai.report.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.publication.Publication;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.DisclosureRequest;

/** The records of one agency, gathered once from a dataset so that each report reads only its own. */
final class AgencyRecords {

    final Agency agency;
    final List<DisclosureRequest> requests = new ArrayList<>();
    final List<Publication> publications = new ArrayList<>();
    final List<Appeal> appeals = new ArrayList<>();
    final Map<Integer, DecisionCounts> decisionCountsByYear = new HashMap<>();
    final List<String> children = new ArrayList<>();

    AgencyRecords(Agency agency) {
        this.agency = agency;
    }
}
