package org.gongkai.dataset;

import java.util.List;
import java.util.function.Function;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.json.Json;
import org.gongkai.json.JsonSyntaxException;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.DecisionCounts;

/** Reads and validates a gongkai/1 document (interchange.md). */
public final class DatasetReader {

    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;

    private DatasetReader() {
    }

    /**
     * Read {@code json} as a gongkai/1 document; unknown fields are ignored.
     *
     * @return the dataset, its lists in document order
     * @throws DatasetException naming the JSON path of the first violation found
     */
    public static Dataset read(String json) {
        Node root = Node.root(parse(json));
        String format = root.string("format");
        if (!format.equals(Dataset.FORMAT)) {
            throw root.field("format").mismatch("\"" + Dataset.FORMAT + "\"");
        }
        Dataset dataset = new Dataset(
                each(root, "agencies", DatasetReader::agency),
                each(root, "requests", RequestReader::read),
                each(root, "publications", DatasetReader::publication),
                each(root, "decisionCounts", DatasetReader::decisionCounts),
                each(root, "appeals", DatasetReader::appeal));
        DatasetIntegrity.check(dataset);
        return dataset;
    }

    private static Object parse(String json) {
        try {
            return Json.parse(json);
        } catch (JsonSyntaxException e) {
            throw new DatasetException("$", "不是合法的 JSON 文本（第 " + e.line() + " 行第 " + e.column() + " 列："
                    + e.problem() + "）");
        }
    }

    private static <T> List<T> each(Node root, String name, Function<Node, T> reader) {
        return root.array(name).stream().map(node -> {
            try {
                return reader.apply(node);
            } catch (IllegalArgumentException e) {
                throw node.fail(e.getMessage());
            }
        }).toList();
    }

    private static Agency agency(Node n) {
        return new Agency(n.string("code"), n.string("name"), n.optionalString("parent"));
    }

    private static Publication publication(Node n) {
        return new Publication(
                n.string("id"),
                n.string("agency"),
                n.enumValue("kind", PublicationKind.class, "公开信息类别"),
                n.string("indexNumber"),
                n.string("title"),
                n.optionalString("documentNumber"),
                n.integer("article20Item", 1, 15),
                n.date("issuedOn"),
                n.date("publishedOn"),
                n.optionalDate("repealedOn"),
                n.optionalDate("expiresOn"));
    }

    private static DecisionCounts decisionCounts(Node n) {
        return new DecisionCounts(
                n.string("agency"),
                n.integer("year", MIN_YEAR, MAX_YEAR),
                n.integer("licensing", 0, Integer.MAX_VALUE),
                n.integer("penalty", 0, Integer.MAX_VALUE),
                n.integer("coercion", 0, Integer.MAX_VALUE),
                n.amount("feesWanYuan"));
    }

    private static Appeal appeal(Node n) {
        return new Appeal(
                n.string("id"),
                n.string("agency"),
                n.optionalString("request"),
                n.enumValue("kind", AppealKind.class, "复议诉讼类别"),
                n.date("filedOn"),
                n.optionalEnum("result", AppealResult.class, "复议诉讼结果"),
                n.optionalDate("decidedOn"),
                n.optionalString("caseNumber"),
                n.optionalString("body"),
                n.flag("reviewOrganCoDefendant"));
    }
}
