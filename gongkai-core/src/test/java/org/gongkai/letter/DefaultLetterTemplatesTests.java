package org.gongkai.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.request.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultLetterTemplatesTests {

    static Iterable<LetterType> allTypes() {
        return LetterType.all();
    }

    static LetterFacts everyFact(LetterType type) {
        return SampleLetterFacts.of(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTypes")
    void eachLetterTypeHasADefaultTemplateThatWritesTheKeyFacts(LetterType type) {
        LetterTemplate template = DefaultLetterTemplates.of(type);
        RenderedLetter letter = template.render(everyFact(type));
        String body = String.join("\n", letter.paragraphs());

        assertThat(template.ref()).isEqualTo(TemplateRef.bundled(type));
        assertThat(letter.title()).startsWith("政府信息公开");
        assertThat(letter.salutation()).isEqualTo("王某某：");
        assertThat(body).contains("SH-SL-2025-0042", "2025年3月3日", "2024年示例路改造工程的立项批复文件",
                "021-00000000");
    }

    static Iterable<LetterType> replies() {
        return LetterType.all().stream().filter(t -> t.kind() == LetterKind.REPLY).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void eachReplyCitesItsArticleAndTellsTheRemedies(LetterType type) {
        String body = String.join("\n", DefaultLetterTemplates.of(type).render(everyFact(type)).paragraphs());

        type.article().ifPresent(a -> assertThat(body).contains("《中华人民共和国政府信息公开条例》" + a));
        assertThat(body).contains("60日内向上海市示例区人民政府申请行政复议", "6个月内依法向上海市示例区人民法院提起行政诉讼");
    }

    @Test
    void stepLettersCarryTheirDates() {
        assertThat(text(LetterKind.RECEIPT)).contains("2025年4月1日前作出答复");
        assertThat(text(LetterKind.CLARIFICATION)).contains("2025年3月24日前对申请作出补正", "第三十条");
        assertThat(text(LetterKind.EXTENSION)).contains("延长20个工作日", "2025年4月1日前", "2025年3月31日前");
        assertThat(text(LetterKind.FEE_NOTICE)).contains("1700.00元", "2025年6月3日前");
        assertThat(text(LetterKind.CONSULTATION_THIRD_PARTY)).contains("第三十二条", "15个工作日");
        assertThat(text(LetterKind.CONSULTATION_AGENCY)).contains("第三十四条", "2025年3月25日前提出意见");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTypes")
    void eachDefaultTemplatePrintsEveryParticularItsStepStates(LetterType type) {
        LetterFacts facts = everyFact(type);
        String body = String.join("\n", DefaultLetterTemplates.of(type).render(facts).paragraphs());

        for (LetterVariable particular : LetterVariable.particularsOf(type)) {
            assertThat(body).as(particular.templateName()).contains(facts.value(particular).orElseThrow());
        }
    }

    @Test
    void theTwoProvisionsSharingARowCiteOneEachAndSayDifferentThings() {
        String notExisting = String.join("", DefaultLetterTemplates.of(LetterType.reply(Outcome.UNAVAILABLE_NOT_HELD))
                .render(everyFact(LetterType.reply(Outcome.UNAVAILABLE_NOT_HELD))).paragraphs());
        LetterType notOurs = LetterType.reply(ReplyVariant.NOT_RESPONSIBLE);
        String notResponsible = String.join("", DefaultLetterTemplates.of(notOurs).render(everyFact(notOurs)).paragraphs());

        assertThat(notExisting).contains("您申请获取的政府信息不存在", "第三十六条第（四）项").doesNotContain("第（五）项", "不属于本机关");
        assertThat(notResponsible).contains("不属于本机关负责公开，理由是：该信息不属于本机关职责范围",
                "第三十六条第（五）项", "上海市示例区发展和改革委员会，电话021-11111111").doesNotContain("第（四）项");
    }

    @Test
    void anOptionalParticularLeftEmptyLeavesOutItsParagraph() {
        LetterType extension = LetterType.of(LetterKind.EXTENSION);
        LetterFacts without = LetterFacts.builder("某局", "X-1", SampleLetterFacts.ISSUED_ON)
                .text(LetterVariable.RECIPIENT_NAME, "王某").text(LetterVariable.REQUESTED_INFORMATION, "某文件")
                .date(LetterVariable.RECEIVED_ON, SampleLetterFacts.RECEIVED_ON).text(LetterVariable.CONTACT, "电话1")
                .date(LetterVariable.DUE_ON, SampleLetterFacts.ISSUED_ON).date(LetterVariable.ORIGINAL_DUE_ON, SampleLetterFacts.ISSUED_ON)
                .text(LetterVariable.EXTENSION_DAYS, "20").text(LetterVariable.APPROVED_BY, "科长李某").build();

        String body = String.join("\n", DefaultLetterTemplates.of(extension).render(without).paragraphs());

        assertThat(body).contains("负责人（科长李某）同意").doesNotContain("延期的理由");
    }

    private static String text(LetterKind kind) {
        LetterType type = LetterType.of(kind);
        return String.join("\n", DefaultLetterTemplates.of(type).render(everyFact(type)).paragraphs());
    }
}
