package org.gongkai.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.json.Json;
import org.gongkai.publication.Publication;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestEvent;

/** Writes a dataset as canonical gongkai/1 JSON: fields in interchange.md's order, absent values as null. */
public final class DatasetWriter {

    private DatasetWriter() {
    }

    /**
     * Write {@code dataset} as a gongkai/1 document: 2-space indent, lists in the dataset's order,
     * amounts as decimal strings, a trailing newline; reading it back gives an equal dataset.
     */
    public static String write(Dataset dataset) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", Dataset.FORMAT);
        document.put("agencies", each(dataset.agencies(), DatasetWriter::agency));
        document.put("requests", each(dataset.requests(), DatasetWriter::request));
        document.put("publications", each(dataset.publications(), DatasetWriter::publication));
        document.put("decisionCounts", each(dataset.decisionCounts(), DatasetWriter::decisionCounts));
        document.put("appeals", each(dataset.appeals(), DatasetWriter::appeal));
        return Json.write(document);
    }

    private static <T> List<Object> each(List<T> items, Function<T, Map<String, Object>> writer) {
        return items.stream().<Object>map(writer).toList();
    }

    private static Map<String, Object> agency(Agency agency) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", agency.code());
        out.put("name", agency.name());
        out.put("parent", agency.parent().orElse(null));
        return out;
    }

    private static Map<String, Object> request(DisclosureRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", request.id());
        out.put("agency", request.agency());
        out.put("applicantType", request.applicantType().name());
        out.put("channel", request.channel().name());
        out.put("events", each(request.events(), DatasetWriter::event));
        return out;
    }

    private static Map<String, Object> event(RequestEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", event.type());
        out.put("on", date(event.on()));
        if (event instanceof RequestEvent.ClarificationRequested e) {
            out.put("respondBy", date(e.respondBy()));
        } else if (event instanceof RequestEvent.ConsultationStarted e) {
            out.put("party", e.party().name());
        } else if (event instanceof RequestEvent.Extended e) {
            out.put("workingDays", e.workingDays());
        } else if (event instanceof RequestEvent.FeeNotified e) {
            out.put("amountYuan", amount(e.amountYuan()));
            out.put("receivedOn", date(e.receivedOn()));
        } else if (event instanceof RequestEvent.Closed e) {
            out.put("outcome", e.outcome().name());
        }
        return out;
    }

    private static Map<String, Object> publication(Publication publication) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", publication.id());
        out.put("agency", publication.agency());
        out.put("kind", publication.kind().name());
        out.put("indexNumber", publication.indexNumber());
        out.put("title", publication.title());
        out.put("documentNumber", publication.documentNumber().orElse(null));
        out.put("article20Item", publication.article20Item());
        out.put("issuedOn", date(publication.issuedOn()));
        out.put("publishedOn", date(publication.publishedOn()));
        out.put("repealedOn", date(publication.repealedOn()));
        out.put("expiresOn", date(publication.expiresOn()));
        return out;
    }

    private static Map<String, Object> decisionCounts(DecisionCounts counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agency", counts.agency());
        out.put("year", counts.year());
        out.put("licensing", counts.licensing());
        out.put("penalty", counts.penalty());
        out.put("coercion", counts.coercion());
        out.put("feesWanYuan", amount(counts.feesWanYuan()));
        return out;
    }

    private static Map<String, Object> appeal(Appeal appeal) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", appeal.id());
        out.put("agency", appeal.agency());
        out.put("request", appeal.request().orElse(null));
        out.put("kind", appeal.kind().name());
        out.put("filedOn", date(appeal.filedOn()));
        out.put("result", appeal.result().map(Enum::name).orElse(null));
        out.put("decidedOn", date(appeal.decidedOn()));
        out.put("caseNumber", appeal.caseNumber().orElse(null));
        out.put("body", appeal.body().orElse(null));
        out.put("reviewOrganCoDefendant", appeal.reviewOrganCoDefendant());
        return out;
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static String amount(BigDecimal amount) {
        return amount.toPlainString();
    }
}
