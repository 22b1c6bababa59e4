package org.gongkai.server.transfer;

import org.gongkai.dataset.Dataset;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.appeals.AppealRepository;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.reports.DecisionCountsRepository;
import org.gongkai.server.requests.RequestRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the whole database as one gongkai/1 dataset, in a fixed order (agencies parent first, the rest by
 * agency and id), in one read transaction so the document is a consistent snapshot. No personal data.
 */
public final class DatasetExport {

    private final AgencyRepository agencies;
    private final RequestRepository requests;
    private final PublicationRepository publications;
    private final DecisionCountsRepository decisionCounts;
    private final AppealRepository appeals;
    private final TransactionTemplate tx;

    public DatasetExport(AgencyRepository agencies, RequestRepository requests, PublicationRepository publications,
            DecisionCountsRepository decisionCounts, AppealRepository appeals, TransactionTemplate tx) {
        this.agencies = agencies;
        this.requests = requests;
        this.publications = publications;
        this.decisionCounts = decisionCounts;
        this.appeals = appeals;
        this.tx = tx;
    }

    public Dataset export() {
        return tx.execute(status -> new Dataset(agencies.all(), requests.allHistories(), publications.all(),
                decisionCounts.all(), appeals.all()));
    }
}
