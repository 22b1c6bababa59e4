package org.gongkai.report.compile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.dataset.Dataset;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;

/** Builds small datasets in Java for the compiler's tests. */
final class Records {

    final List<Agency> agencies = new ArrayList<>();
    final List<DisclosureRequest> requests = new ArrayList<>();
    final List<Publication> publications = new ArrayList<>();
    final List<DecisionCounts> decisionCounts = new ArrayList<>();
    final List<Appeal> appeals = new ArrayList<>();

    Records agency(String code, String parent) {
        agencies.add(new Agency(code, "机关" + code, Optional.ofNullable(parent)));
        return this;
    }

    Records closed(String agency, ApplicantType type, String receivedOn, String closedOn, Outcome outcome) {
        return request(agency, type, new RequestEvent.Received(LocalDate.parse(receivedOn)),
                new RequestEvent.Closed(LocalDate.parse(closedOn), outcome));
    }

    Records withdrawn(String agency, ApplicantType type, String receivedOn, String withdrawnOn) {
        return request(agency, type, new RequestEvent.Received(LocalDate.parse(receivedOn)),
                new RequestEvent.Withdrawn(LocalDate.parse(withdrawnOn)));
    }

    Records open(String agency, ApplicantType type, String receivedOn) {
        return request(agency, type, new RequestEvent.Received(LocalDate.parse(receivedOn)));
    }

    private Records request(String agency, ApplicantType type, RequestEvent... events) {
        requests.add(new DisclosureRequest(agency + "-R" + (requests.size() + 1), agency, type, Channel.ONLINE,
                List.of(events)));
        return this;
    }

    Records publication(String agency, PublicationKind kind, String issuedOn, String repealedOn, String expiresOn) {
        LocalDate issued = LocalDate.parse(issuedOn);
        publications.add(new Publication("P" + (publications.size() + 1), agency, kind,
                agency + "-" + issued.getYear() + "-" + String.format("%05d", publications.size() + 1), "文件",
                Optional.empty(), 1, issued, issued.plusDays(3), Optional.ofNullable(repealedOn).map(LocalDate::parse),
                Optional.ofNullable(expiresOn).map(LocalDate::parse)));
        return this;
    }

    Records appeal(String agency, AppealKind kind, String filedOn, AppealResult result, String decidedOn) {
        appeals.add(new Appeal("A" + (appeals.size() + 1), agency, Optional.empty(), kind, LocalDate.parse(filedOn),
                Optional.ofNullable(result), Optional.ofNullable(decidedOn).map(LocalDate::parse)));
        return this;
    }

    Records coDefendantAppeal(String agency, String filedOn) {
        appeals.add(new Appeal("A" + (appeals.size() + 1), agency, Optional.empty(), AppealKind.LITIGATION_AFTER_REVIEW,
                LocalDate.parse(filedOn), Optional.empty(), Optional.empty(), Optional.of("（2025）沪0101行初1号"),
                Optional.of("测试市某区人民法院"), true));
        return this;
    }

    Records decisions(DecisionCounts counts) {
        decisionCounts.add(counts);
        return this;
    }

    Dataset dataset() {
        return new Dataset(agencies, requests, publications, decisionCounts, appeals);
    }

    ReportCompiler compiler() {
        return ReportCompiler.of(dataset());
    }
}
