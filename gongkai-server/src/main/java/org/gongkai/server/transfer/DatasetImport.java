package org.gongkai.server.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetException;
import org.gongkai.publication.Publication;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.appeals.AppealRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.reports.DecisionCountsRepository;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Serials;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a gongkai/1 dataset into the database in one transaction: all of it or nothing. Records that
 * already exist (same code or id) make the whole import fail. The dataset carries no personal data,
 * so imported requests have none.
 */
public final class DatasetImport {

    private static final Pattern NUMBERED = Pattern.compile("^(.+)-(\\d{4})-(\\d+)$");

    private final AgencyRepository agencies;
    private final RequestRepository requests;
    private final PublicationRepository publications;
    private final DecisionCountsRepository decisionCounts;
    private final AppealRepository appeals;
    private final Deadlines deadlines;
    private final Serials serials;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public DatasetImport(AgencyRepository agencies, RequestRepository requests, PublicationRepository publications,
            DecisionCountsRepository decisionCounts, AppealRepository appeals, Deadlines deadlines, Serials serials,
            AuditLog audit, TransactionTemplate tx) {
        this.agencies = agencies;
        this.requests = requests;
        this.publications = publications;
        this.decisionCounts = decisionCounts;
        this.appeals = appeals;
        this.deadlines = deadlines;
        this.serials = serials;
        this.audit = audit;
        this.tx = tx;
    }

    /** Import {@code dataset} as {@code actor} on {@code today}; refuses a dataset that clashes with stored records. */
    public void importDataset(String actor, Dataset dataset, LocalDate today) {
        try {
            tx.executeWithoutResult(status -> {
                dataset.agencies().forEach(this::insertAgency);
                List<DisclosureRequest> list = dataset.requests();
                for (int i = 0; i < list.size(); i++) {
                    insertRequest(actor, i, list.get(i), today);
                }
                for (Publication p : dataset.publications()) {
                    publications.insert(p);
                    reserve("PUBLICATION", p.agency(), p.indexNumber());
                }
                dataset.decisionCounts().forEach(this::insertCounts);
                for (Appeal a : dataset.appeals()) {
                    appeals.insert(a);
                    reserve("APPEAL", a.agency(), a.id().startsWith("A-") ? a.id().substring(2) : a.id());
                }
                audit.append(actor, "DATASET_IMPORTED", "dataset", dataset.agencies().size() + " 个机关，"
                        + list.size() + " 件申请，" + dataset.publications().size() + " 条公开信息，"
                        + dataset.decisionCounts().size() + " 条处理决定统计，" + dataset.appeals().size() + " 件复议诉讼");
            });
        } catch (DuplicateKeyException e) {
            throw new RefusedException("导入的数据与数据库中已有的记录重复（同一机关代码或编号），没有导入任何内容。");
        }
    }

    private void insertAgency(Agency agency) {
        if (agencies.find(agency.code()).isPresent()) {
            throw new RefusedException("机关 " + agency.code() + " 已存在，没有导入任何内容。");
        }
        agencies.insert(agency);
    }

    private void insertCounts(DecisionCounts counts) {
        if (decisionCounts.find(counts.agency(), counts.year()).isPresent()) {
            throw new RefusedException(counts.agency() + " 的 " + counts.year() + " 年处理决定统计已存在，没有导入任何内容。");
        }
        decisionCounts.save(counts);
    }

    private void insertRequest(String actor, int index, DisclosureRequest request, LocalDate today) {
        StoredRequest stored;
        try {
            stored = new StoredRequest(request, 1, deadlines.project(request, today), null,
                    new StoredRequest.EncryptedApplicant(null, null, null, null));
        } catch (InvalidHistoryException e) {
            throw new RefusedException(DatasetException.atEvent(index, e).getMessage());
        }
        requests.insert(stored, null, actor);
        reserve("REQUEST", request.agency(), request.id());
    }

    /** Keep numbers the system assigns later from colliding with imported ones of the same pattern. */
    private void reserve(String series, String agency, String number) {
        Matcher m = NUMBERED.matcher(number);
        if (m.matches() && m.group(1).equals(agency) && m.group(3).length() <= 9) {
            serials.atLeast(series, agency, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
    }
}
