package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.letter.Correspondence;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.InMemoryIssuedLetterStore;
import org.gongkai.letter.InMemoryLetterTemplateStore;
import org.gongkai.letter.IssuedLetter;
import org.gongkai.letter.LetterFactsAssembler;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterTemplates;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.Letterhead;
import org.gongkai.letter.Remedies;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.StatutoryClock;
import org.junit.jupiter.api.Test;

class LetterServiceTests {

    private static final Letterhead LETTERHEAD = new Letterhead("上海市示例局", "电话021-00000000", "上海市人民政府",
            Remedies.GENERIC_COURT);
    private static final DisclosureRequest REQUEST = new DisclosureRequest("SH-SL-2025-0009", "SH-SL",
            ApplicantType.NATURAL_PERSON, Channel.ONLINE, List.of(
                    new RequestEvent.Received(LocalDate.of(2025, 3, 3)),
                    new RequestEvent.ConsultationStarted(LocalDate.of(2025, 3, 5), ConsultationParty.THIRD_PARTY),
                    new RequestEvent.ConsultationEnded(LocalDate.of(2025, 3, 14)),
                    new RequestEvent.Closed(LocalDate.of(2025, 3, 28), Outcome.DISCLOSED)));

    private final InMemoryLetterTemplateStore templateStore = new InMemoryLetterTemplateStore();
    private final LetterService service = new LetterService(new LetterTemplates(templateStore),
            new LetterFactsAssembler(new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults())),
            new InMemoryIssuedLetterStore(), new LetterDocuments(new HtmlToPdf(DocumentFonts.embedded())));

    @Test
    void issuesFromTheAgencysCurrentTemplateAndListsTheLettersPerAudience() {
        templateStore.save("SH-SL", LetterType.of(LetterKind.RECEIPT),
                "本局回执\n{{recipientName}}：\n编号{{trackingNumber}}，{{dueOn}}前答复。\n");

        IssuedLetter receipt = service.issue(REQUEST, 0, LETTERHEAD, new Correspondence("张某", "某文件", ""),
                LocalDate.of(2025, 3, 3));
        IssuedLetter consultation = service.issue(REQUEST, 1, LETTERHEAD,
                new Correspondence("某公司", "某文件", "", Map.of(LetterVariable.CONSULTED_INFORMATION, "某文件的附件",
                        LetterVariable.OPINION_BY, "2025年3月26日"), Optional.empty()), LocalDate.of(2025, 3, 5));
        IssuedLetter reply = service.issue(REQUEST, 3, LETTERHEAD, new Correspondence("张某", "某文件", "见附件。", Map.of(
                LetterVariable.INFORMATION_PROVIDED, "某文件", LetterVariable.PROVISION_METHOD, "纸质文本邮寄"), Optional.empty()),
                LocalDate.of(2025, 3, 28));

        assertThat(receipt.letter().template().key()).isEqualTo("SH-SL/receipt@1");
        assertThat(receipt.letter().paragraphs()).containsExactly("编号SH-SL-2025-0009，2025年3月31日前答复。");
        assertThat(reply.letter().template().key()).isEqualTo("default/reply.DISCLOSED@" + DefaultLetterTemplates.VERSION);
        assertThat(service.forRequest(REQUEST.id())).containsExactly(receipt, consultation, reply);
        assertThat(service.forApplicant(REQUEST.id())).containsExactly(receipt, reply);
    }

    @Test
    void downloadsAnIssuedLetterAsIssuedEvenAfterTheTemplateChanged() throws Exception {
        IssuedLetter receipt = service.issue(REQUEST, 0, LETTERHEAD, new Correspondence("张某", "某文件", ""),
                LocalDate.of(2025, 3, 3));
        templateStore.save("SH-SL", LetterType.of(LetterKind.RECEIPT),
                "新回执\n{{recipientName}}：\n编号{{trackingNumber}}，{{dueOn}}前答复。\n");

        String text = LetterDocumentsTests.squeeze(PdfPages.text(service.download(receipt.id(), DocumentFormat.PDF)
                .orElseThrow()));

        assertThat(text).contains("政府信息公开申请登记回执", "2025年3月31日前作出答复").doesNotContain("新回执");
        assertThat(service.download("SH-SL-2025-0009-L9", DocumentFormat.PDF)).isEqualTo(Optional.empty());
    }

    @Test
    void anEventThatCallsForNoLetterIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> service.issue(REQUEST, 2, LETTERHEAD, new Correspondence("张某", "某文件", ""),
                LocalDate.of(2025, 3, 14))).hasMessageContaining("不需要发出文书");
        assertThat(service.forRequest(REQUEST.id())).isEmpty();
    }
}
