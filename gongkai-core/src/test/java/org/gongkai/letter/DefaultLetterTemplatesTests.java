package org.gongkai.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.request.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

    @ParameterizedTest(name = "{0}")
    @EnumSource(Outcome.class)
    void eachReplyCitesItsArticleAndTellsTheRemedies(Outcome outcome) {
        LetterType type = LetterType.reply(outcome);
        String body = String.join("\n", DefaultLetterTemplates.of(type).render(everyFact(type)).paragraphs());

        outcome.article().ifPresent(a -> assertThat(body).contains("《中华人民共和国政府信息公开条例》" + a));
        assertThat(body).contains("60日内向上海市示例区人民政府申请行政复议", "6个月内依法向上海市示例区人民法院提起行政诉讼");
    }

    @Test
    void stepLettersCarryTheirDates() {
        assertThat(text(LetterKind.RECEIPT)).contains("2025年4月1日前作出答复");
        assertThat(text(LetterKind.CLARIFICATION)).contains("2025年3月24日前对申请作出补正", "第三十条");
        assertThat(text(LetterKind.EXTENSION)).contains("延长20个工作日", "2025年4月1日前", "2025年3月31日前");
        assertThat(text(LetterKind.FEE_NOTICE)).contains("1700.00元", "2025年6月3日前");
        assertThat(text(LetterKind.CONSULTATION_THIRD_PARTY)).contains("第三十二条", "15个工作日");
        assertThat(text(LetterKind.CONSULTATION_AGENCY)).contains("第三十四条", "15个工作日");
    }

    private static String text(LetterKind kind) {
        LetterType type = LetterType.of(kind);
        return String.join("\n", DefaultLetterTemplates.of(type).render(everyFact(type)).paragraphs());
    }
}
