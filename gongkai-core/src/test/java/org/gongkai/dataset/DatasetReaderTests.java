package org.gongkai.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatasetReaderTests {

    /** The example document of interchange.md, copied verbatim. */
    static String example() {
        try (InputStream in = DatasetReaderTests.class.getResourceAsStream("/dataset/interchange-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Return the example with the first occurrence of {@code from}, which must exist, replaced by {@code to}. */
    static String exampleWith(String from, String to) {
        String example = example();
        assertThat(example).contains(from);
        return example.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static DatasetException rejected(String document) {
        try {
            DatasetReader.read(document);
        } catch (DatasetException e) {
            return e;
        }
        return fail("expected a DatasetException");
    }

    private static void assertRejected(String document, String path, String message) {
        DatasetException e = rejected(document);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void readsTheInterchangeExample() {
        Dataset dataset = DatasetReader.read(example());

        assertThat(dataset.agencies()).containsExactly(
                new Agency("SH-HZB", "上海市人民政府合作交流办公室", Optional.empty()));
        assertThat(dataset.requests()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("SH-HZB-2025-0001");
            assertThat(r.agency()).isEqualTo("SH-HZB");
            assertThat(r.applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
            assertThat(r.channel()).isEqualTo(Channel.ONLINE);
            assertThat(r.events()).containsExactly(
                    new RequestEvent.Received(LocalDate.of(2025, 3, 3)),
                    new RequestEvent.Closed(LocalDate.of(2025, 3, 20), Outcome.UNAVAILABLE_NOT_HELD));
        });
        assertThat(dataset.publications()).containsExactly(new Publication("P-1", "SH-HZB",
                PublicationKind.NORMATIVE_DOCUMENT, "SH-HZB-2023-00001", "…", Optional.of("…"), 1,
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 6), Optional.empty(),
                Optional.of(LocalDate.of(2028, 5, 31))));
        assertThat(dataset.decisionCounts()).containsExactly(new DecisionCounts("SH-HZB", 2025, 0, 0, 0, BigDecimal.ZERO));
        assertThat(dataset.appeals()).containsExactly(new Appeal("A-1", "SH-HZB", Optional.of("SH-HZB-2025-0001"),
                AppealKind.REVIEW, LocalDate.of(2025, 5, 6), Optional.empty(), Optional.empty()));
    }

    @Test
    void readsEveryEventTypeWithItsFields() {
        String events = """
                {"type": "RECEIVED", "on": "2025-03-03"},
                {"type": "CLARIFICATION_REQUESTED", "on": "2025-03-04", "respondBy": "2025-03-18"},
                {"type": "CLARIFICATION_RECEIVED", "on": "2025-03-10"},
                {"type": "CONSULTATION_STARTED", "on": "2025-03-11", "party": "THIRD_PARTY"},
                {"type": "CONSULTATION_ENDED", "on": "2025-03-20"},
                {"type": "EXTENDED", "on": "2025-03-21", "workingDays": 20},
                {"type": "FEE_NOTIFIED", "on": "2025-03-24", "amountYuan": "100.50", "receivedOn": "2025-03-25"},
                {"type": "FEE_PAID", "on": "2025-03-25"},
                {"type": "WITHDRAWN", "on": "2025-03-26"}""";
        Dataset dataset = DatasetReader.read(exampleWith("""
                {"type": "RECEIVED", "on": "2025-03-03"},
                        {"type": "CLOSED", "on": "2025-03-20", "outcome": "UNAVAILABLE_NOT_HELD"}""", events));

        assertThat(dataset.requests().get(0).events()).containsExactly(
                new RequestEvent.Received(LocalDate.of(2025, 3, 3)),
                new RequestEvent.ClarificationRequested(LocalDate.of(2025, 3, 4), Optional.of(LocalDate.of(2025, 3, 18))),
                new RequestEvent.ClarificationReceived(LocalDate.of(2025, 3, 10)),
                new RequestEvent.ConsultationStarted(LocalDate.of(2025, 3, 11),
                        org.gongkai.request.ConsultationParty.THIRD_PARTY),
                new RequestEvent.ConsultationEnded(LocalDate.of(2025, 3, 20)),
                new RequestEvent.Extended(LocalDate.of(2025, 3, 21), 20),
                new RequestEvent.FeeNotified(LocalDate.of(2025, 3, 24), new BigDecimal("100.50"),
                        Optional.of(LocalDate.of(2025, 3, 25))),
                new RequestEvent.FeePaid(LocalDate.of(2025, 3, 25)),
                new RequestEvent.Withdrawn(LocalDate.of(2025, 3, 26)));
    }

    @Test
    void readsTheRegisterFieldsOfAnAppealAndTakesTheirAbsenceAsEmpty() {
        String lawsuit = "{\"id\": \"A-2\", \"agency\": \"SH-HZB\", \"kind\": \"LITIGATION_AFTER_REVIEW\","
                + " \"filedOn\": \"2025-08-01\", \"caseNumber\": \"（2025）沪0101行初12号\","
                + " \"body\": \"上海市黄浦区人民法院\", \"reviewOrganCoDefendant\": true}";
        Dataset dataset = DatasetReader.read(exampleWith("\"appeals\": [", "\"appeals\": [" + lawsuit + ","));

        assertThat(dataset.appeals().get(0)).isEqualTo(new Appeal("A-2", "SH-HZB", Optional.empty(),
                AppealKind.LITIGATION_AFTER_REVIEW, LocalDate.of(2025, 8, 1), Optional.empty(), Optional.empty(),
                Optional.of("（2025）沪0101行初12号"), Optional.of("上海市黄浦区人民法院"), true));
        assertThat(dataset.appeals().get(1).caseNumber()).isEmpty();
        assertThat(dataset.appeals().get(1).reviewOrganCoDefendant()).isFalse();
    }

    @Test
    void ignoresUnknownFieldsEverywhere() {
        String document = exampleWith("\"format\": \"gongkai/1\",", "\"format\": \"gongkai/1\", \"generator\": {\"x\": [1]},")
                .replace("\"parent\": null}", "\"parent\": null, \"website\": \"https://example.org\"}")
                .replace("\"on\": \"2025-03-03\"}", "\"on\": \"2025-03-03\", \"clerk\": 7}");

        assertThat(DatasetReader.read(document)).isEqualTo(DatasetReader.read(example()));
    }

    @Test
    void treatsAnAbsentOptionalFieldAsNull() {
        String document = exampleWith(", \"parent\": null", "")
                .replace("\"repealedOn\": null, ", "")
                .replace(", \"result\": null, \"decidedOn\": null", "");

        assertThat(DatasetReader.read(document)).isEqualTo(DatasetReader.read(example()));
    }

    @Nested
    class RejectsMalformedDocuments {

        @Test
        void textThatIsNotJson() {
            assertRejected(exampleWith("\"format\": \"gongkai/1\",", "\"format\": \"gongkai/1\""),
                    "$", "$：不是合法的 JSON 文本（第 3 行第 3 列：应为逗号或右花括号，实际为“\"”）。");
        }

        @Test
        void aDocumentThatIsNotAnObject() {
            assertRejected("[]", "$", "$：应为对象，实际为数组。");
        }

        @Test
        void anotherFormat() {
            assertRejected(exampleWith("gongkai/1", "gongkai/2"),
                    "$.format", "$.format：应为 \"gongkai/1\"，实际为字符串 \"gongkai/2\"。");
        }

        @Test
        void aMissingField() {
            assertRejected(exampleWith("\"channel\": \"ONLINE\",", ""),
                    "$.requests[0].channel", "$.requests[0].channel：缺少必填字段，应为提交方式（IN_PERSON、REGISTERED_MAIL、"
                            + "ORDINARY_MAIL、ONLINE、EMAIL、FAX 之一）。");
        }

        @Test
        void aMissingList() {
            assertRejected(exampleWith("\"appeals\"", "\"appeal\""),
                    "$.appeals", "$.appeals：缺少必填字段，应为数组。");
        }

        @Test
        void aValueOfTheWrongType() {
            assertRejected(exampleWith("\"id\": \"SH-HZB-2025-0001\"", "\"id\": 1"),
                    "$.requests[0].id", "$.requests[0].id：应为非空字符串，实际为数字 1。");
        }

        @Test
        void anElementThatIsNotAnObject() {
            assertRejected(exampleWith("\"publications\": [", "\"publications\": [true, "),
                    "$.publications[0]", "$.publications[0]：应为对象，实际为布尔值 true。");
        }

        @Test
        void nullForARequiredField() {
            assertRejected(exampleWith("\"name\": \"上海市人民政府合作交流办公室\"", "\"name\": null"),
                    "$.agencies[0].name", "$.agencies[0].name：应为非空字符串，实际为 null。");
        }

        @Test
        void aDateThatIsNotIso() {
            assertRejected(exampleWith("\"on\": \"2025-03-20\"", "\"on\": \"2025-3-20\""),
                    "$.requests[0].events[1].on",
                    "$.requests[0].events[1].on：应为 yyyy-mm-dd 格式的日期，实际为字符串 \"2025-3-20\"。");
        }

        @Test
        void aDateThatDoesNotExist() {
            assertRejected(exampleWith("\"issuedOn\": \"2023-05-01\"", "\"issuedOn\": \"2023-02-29\""),
                    "$.publications[0].issuedOn",
                    "$.publications[0].issuedOn：应为 yyyy-mm-dd 格式的日期，实际为不存在的日期 \"2023-02-29\"。");
        }

        @Test
        void anUnknownOutcome() {
            DatasetException e = rejected(exampleWith("UNAVAILABLE_NOT_HELD", "NOT_HELD"));

            assertThat(e.path()).isEqualTo("$.requests[0].events[1].outcome");
            assertThat(e.getMessage())
                    .startsWith("$.requests[0].events[1].outcome：应为办理结果（DISCLOSED、PARTIALLY_DISCLOSED、")
                    .endsWith("、OTHER 之一），实际为字符串 \"NOT_HELD\"。");
        }

        @Test
        void anUnknownEventType() {
            assertRejected(exampleWith("\"type\": \"CLOSED\"", "\"type\": \"ANSWERED\""),
                    "$.requests[0].events[1].type", "$.requests[0].events[1].type：应为事件类型（RECEIVED、"
                            + "CLARIFICATION_REQUESTED、CLARIFICATION_RECEIVED、CONSULTATION_STARTED、CONSULTATION_ENDED、"
                            + "EXTENDED、FEE_NOTIFIED、FEE_PAID、CLOSED、WITHDRAWN 之一），实际为字符串 \"ANSWERED\"。");
        }

        @Test
        void anAmountWrittenAsANumber() {
            assertRejected(exampleWith("\"feesWanYuan\": \"0\"", "\"feesWanYuan\": 0"),
                    "$.decisionCounts[0].feesWanYuan",
                    "$.decisionCounts[0].feesWanYuan：应为以字符串表示的非负金额（如 \"12.50\"），实际为数字 0。");
        }

        @Test
        void aNegativeCount() {
            assertRejected(exampleWith("\"penalty\": 0", "\"penalty\": -1"),
                    "$.decisionCounts[0].penalty", "$.decisionCounts[0].penalty：应为不小于 0 的整数，实际为数字 -1。");
        }

        @Test
        void aFractionalYear() {
            assertRejected(exampleWith("\"year\": 2025", "\"year\": 2025.5"),
                    "$.decisionCounts[0].year", "$.decisionCounts[0].year：应为 1000 到 9999 之间的整数，实际为数字 2025.5。");
        }

        @Test
        void anArticle20ItemOutOfRange() {
            assertRejected(exampleWith("\"article20Item\": 1", "\"article20Item\": 16"),
                    "$.publications[0].article20Item",
                    "$.publications[0].article20Item：应为 1 到 15 之间的整数，实际为数字 16。");
        }

        @Test
        void anExtensionOfMoreThan20WorkingDays() {
            assertRejected(exampleWith("{\"type\": \"CLOSED\"", "{\"type\": \"EXTENDED\", \"on\": \"2025-03-10\", "
                            + "\"workingDays\": 21}, {\"type\": \"CLOSED\""),
                    "$.requests[0].events[1].workingDays",
                    "$.requests[0].events[1].workingDays：应为 1 到 20 之间的整数，实际为数字 21。");
        }

        @Test
        void aCoDefendantMarkThatIsNotABoolean() {
            assertRejected(exampleWith("\"decidedOn\": null", "\"decidedOn\": null, \"reviewOrganCoDefendant\": \"yes\""),
                    "$.appeals[0].reviewOrganCoDefendant",
                    "$.appeals[0].reviewOrganCoDefendant：应为 true 或 false，实际为字符串 \"yes\"。");
        }

        @Test
        void aCoDefendantMarkOnAReview() {
            assertRejected(exampleWith("\"decidedOn\": null", "\"decidedOn\": null, \"reviewOrganCoDefendant\": true"),
                    "$.appeals[0]", "$.appeals[0]：复议或诉讼 A-1 只有复议后起诉的案件才可能以复议机关身份作为共同被告。");
        }

        @Test
        void aResultWithoutDecisionDate() {
            assertRejected(exampleWith("\"result\": null", "\"result\": \"UPHELD\""),
                    "$.appeals[0]", "$.appeals[0]：复议或诉讼 A-1 的结果与审结日期必须同时填写或同时为空。");
        }

        @Test
        void anIllegalHistoryAtTheOffendingEvent() {
            String received = "{\"type\": \"RECEIVED\", \"on\": \"2025-03-03\"},";
            String document = exampleWith(received,
                    "{\"type\": \"CLOSED\", \"on\": \"2025-03-03\", \"outcome\": \"DISCLOSED\"}, " + received);
            InvalidHistoryException expected = assertThrows(InvalidHistoryException.class, () -> new DisclosureRequest(
                    "SH-HZB-2025-0001", "SH-HZB", ApplicantType.NATURAL_PERSON, Channel.ONLINE, List.of(
                            new RequestEvent.Closed(LocalDate.of(2025, 3, 3), Outcome.DISCLOSED),
                            new RequestEvent.Received(LocalDate.of(2025, 3, 3)),
                            new RequestEvent.Closed(LocalDate.of(2025, 3, 20), Outcome.UNAVAILABLE_NOT_HELD))));
            String path = "$.requests[0].events[" + expected.eventIndex() + "]";
            DatasetException e = rejected(document);

            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).startsWith(path + "：" + expected.getMessage()).endsWith("。");
        }

        @Test
        void aRequestWithoutEvents() {
            DatasetException e = rejected(exampleWith("""
                    {"type": "RECEIVED", "on": "2025-03-03"},
                            {"type": "CLOSED", "on": "2025-03-20", "outcome": "UNAVAILABLE_NOT_HELD"}""", ""));

            assertThat(e.path()).isEqualTo("$.requests[0].events");
        }
    }

    @Nested
    class RejectsBrokenReferences {

        private static final String AGENCY = "{\"code\": \"SH-HZB\", \"name\": \"上海市人民政府合作交流办公室\", \"parent\": null}";

        @Test
        void aDuplicateAgencyCode() {
            assertRejected(exampleWith(AGENCY, AGENCY + ", " + AGENCY),
                    "$.agencies[1].code", "$.agencies[1].code：机关代码 \"SH-HZB\" 与 $.agencies[0] 重复。");
        }

        @Test
        void aDuplicateRequestId() {
            String request = example().substring(example().indexOf("    {\n      \"id\": \"SH-HZB-2025-0001\""),
                    example().indexOf("\n  ],\n  \"publications\""));
            assertRejected(exampleWith(request, request + ",\n" + request),
                    "$.requests[1].id", "$.requests[1].id：申请编号 \"SH-HZB-2025-0001\" 与 $.requests[0] 重复。");
        }

        @Test
        void aDuplicatePublicationId() {
            String publication = "\"repealedOn\": null, \"expiresOn\": \"2028-05-31\"\n    }";
            assertRejected(exampleWith(publication, publication + ", {\"id\": \"P-1\", \"agency\": \"SH-HZB\", "
                            + "\"kind\": \"OTHER\", \"indexNumber\": \"X\", \"title\": \"T\", \"article20Item\": 2, "
                            + "\"issuedOn\": \"2023-01-01\", \"publishedOn\": \"2023-01-02\"}"),
                    "$.publications[1].id", "$.publications[1].id：公开信息编号 \"P-1\" 与 $.publications[0] 重复。");
        }

        @Test
        void aDuplicateAppealId() {
            String appeal = "{\"id\": \"A-1\", \"agency\": \"SH-HZB\", \"kind\": \"REVIEW\", \"filedOn\": \"2025-06-01\"}";
            assertRejected(exampleWith("\"appeals\": [", "\"appeals\": [" + appeal + ","),
                    "$.appeals[1].id", "$.appeals[1].id：复议诉讼编号 \"A-1\" 与 $.appeals[0] 重复。");
        }

        @Test
        void twoDecisionCountsForOneAgencyAndYear() {
            String counts = "{\"agency\": \"SH-HZB\", \"year\": 2025, \"licensing\": 0, \"penalty\": 0, "
                    + "\"coercion\": 0, \"feesWanYuan\": \"0\"}";
            assertRejected(exampleWith(counts, counts + "," + counts.replace("\"licensing\": 0", "\"licensing\": 3")),
                    "$.decisionCounts[1].year",
                    "$.decisionCounts[1].year：机关和年度 \"SH-HZB 2025 年\" 与 $.decisionCounts[0] 重复。");
        }

        @Test
        void aRequestOfAnUnknownAgency() {
            assertRejected(exampleWith("\"agency\": \"SH-HZB\",\n      \"applicantType\"",
                            "\"agency\": \"SH-XXX\",\n      \"applicantType\""),
                    "$.requests[0].agency", "$.requests[0].agency：引用了文档中不存在的机关 \"SH-XXX\"。");
        }

        @Test
        void aPublicationOfAnUnknownAgency() {
            assertRejected(exampleWith("\"id\": \"P-1\", \"agency\": \"SH-HZB\"", "\"id\": \"P-1\", \"agency\": \"SH\""),
                    "$.publications[0].agency", "$.publications[0].agency：引用了文档中不存在的机关 \"SH\"。");
        }

        @Test
        void decisionCountsOfAnUnknownAgency() {
            assertRejected(exampleWith("{\"agency\": \"SH-HZB\", \"year\"", "{\"agency\": \"BJ\", \"year\""),
                    "$.decisionCounts[0].agency", "$.decisionCounts[0].agency：引用了文档中不存在的机关 \"BJ\"。");
        }

        @Test
        void anAppealOfAnUnknownAgency() {
            assertRejected(exampleWith("\"id\": \"A-1\", \"agency\": \"SH-HZB\"", "\"id\": \"A-1\", \"agency\": \"BJ\""),
                    "$.appeals[0].agency", "$.appeals[0].agency：引用了文档中不存在的机关 \"BJ\"。");
        }

        @Test
        void anAppealOfAnUnknownRequest() {
            assertRejected(exampleWith("\"request\": \"SH-HZB-2025-0001\"", "\"request\": \"SH-HZB-2025-0404\""),
                    "$.appeals[0].request", "$.appeals[0].request：引用了文档中不存在的申请 \"SH-HZB-2025-0404\"。");
        }

        @Test
        void anUnknownParentAgency() {
            assertRejected(exampleWith("\"parent\": null", "\"parent\": \"SH-GOV\""),
                    "$.agencies[0].parent", "$.agencies[0].parent：引用了文档中不存在的上级机关 \"SH-GOV\"。");
        }

        @Test
        void aCycleInTheHierarchy() {
            assertRejected(exampleWith(AGENCY, "{\"code\": \"SH\", \"name\": \"上海市人民政府\", \"parent\": \"SH-A\"}, "
                            + "{\"code\": \"SH-A\", \"name\": \"甲\", \"parent\": \"SH-HZB\"}, "
                            + AGENCY.replace("\"parent\": null", "\"parent\": \"SH\"")),
                    "$.agencies[0].parent", "$.agencies[0].parent：机关上下级关系构成循环：SH → SH-A → SH-HZB → SH。");
        }

        @Test
        void anAgencyThatIsItsOwnParent() {
            assertRejected(exampleWith("\"parent\": null", "\"parent\": \"SH-HZB\""),
                    "$.agencies[0].parent", "$.agencies[0].parent：机关上下级关系构成循环：SH-HZB → SH-HZB。");
        }
    }

    @Test
    void locatesAnIllegalHistoryFoundOutsideTheReader() {
        DatasetException e = DatasetException.atEvent(4, new InvalidHistoryException(2, "第 3 个事件 EXTENDED 晚于答复期限"));

        assertThat(e.path()).isEqualTo("$.requests[4].events[2]");
        assertThat(e.getMessage()).isEqualTo("$.requests[4].events[2]：第 3 个事件 EXTENDED 晚于答复期限。");
        assertThat(e.getCause()).isInstanceOf(InvalidHistoryException.class);
    }

    @Test
    void acceptsAHierarchyWithoutCycles() {
        String document = exampleWith("\"parent\": null", "\"parent\": \"SH\"")
                .replace("\"agencies\": [", "\"agencies\": [{\"code\": \"SH\", \"name\": \"上海市人民政府\"},");

        assertThat(DatasetReader.read(document).agencies()).extracting(Agency::parent)
                .containsExactly(Optional.empty(), Optional.of("SH"));
        assertThatThrownBy(() -> DatasetReader.read(document.replace("\"name\": \"上海市人民政府\"}",
                "\"name\": \"上海市人民政府\", \"parent\": \"SH-HZB\"}"))).isInstanceOf(DatasetException.class);
    }
}
