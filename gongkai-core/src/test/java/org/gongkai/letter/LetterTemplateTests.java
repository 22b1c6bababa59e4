package org.gongkai.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.request.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LetterTemplateTests {

    private static final LetterType RECEIPT = LetterType.of(LetterKind.RECEIPT);
    private static final TemplateRef REF = new TemplateRef(RECEIPT, Optional.of("SH-HZB"), 2);

    private static final String VALID = """
            # a comment {{notAVariable}} is ignored
            登记回执

            {{recipientName}}：

            编号{{trackingNumber}}，
            将于{{dueOn}}前答复。

            {{details}}

            此致。
            """;

    private static LetterFacts facts(String recipient) {
        return LetterFacts.builder("示例机关", "SH-HZB-2025-0001", LocalDate.of(2025, 3, 4))
                .text(LetterVariable.RECIPIENT_NAME, recipient)
                .date(LetterVariable.DUE_ON, LocalDate.of(2025, 4, 1))
                .build();
    }

    @Test
    void rendersTitleSalutationAndParagraphsJoiningTheLinesOfOneParagraph() {
        RenderedLetter letter = LetterTemplate.parse(REF, VALID).render(facts("李某"));

        assertThat(letter.title()).isEqualTo("登记回执");
        assertThat(letter.salutation()).isEqualTo("李某：");
        assertThat(letter.paragraphs()).containsExactly("编号SH-HZB-2025-0001，将于2025年4月1日前答复。", "此致。");
        assertThat(letter.template()).isEqualTo(REF);
        assertThat(letter.dateLine()).isEqualTo("2025年3月4日");
        assertThat(letter.trackingLine()).contains("SH-HZB-2025-0001");
    }

    @Test
    void printsAGivenDetailsParagraph() {
        LetterFacts facts = LetterFacts.builder("示例机关", "N-1", LocalDate.of(2025, 3, 4))
                .text(LetterVariable.RECIPIENT_NAME, "李某")
                .date(LetterVariable.DUE_ON, LocalDate.of(2025, 4, 1))
                .text(LetterVariable.DETAILS, "请携带身份证明。")
                .build();

        assertThat(LetterTemplate.parse(REF, VALID).render(facts).paragraphs()).contains("请携带身份证明。");
    }

    @Test
    void insertsValuesLiterallySoTheyCannotAddSlotsOrLines() {
        RenderedLetter letter = LetterTemplate.parse(REF, VALID).render(facts("{{trackingNumber}}\n\n<b>某</b>"));

        assertThat(letter.salutation()).isEqualTo("{{trackingNumber}} <b>某</b>：");
        assertThat(letter.paragraphs()).hasSize(2);
    }

    @Test
    void namesTheMissingFactWhenRendering() {
        LetterFacts noDueDate = LetterFacts.builder("示例机关", "N-1", LocalDate.of(2025, 3, 4))
                .text(LetterVariable.RECIPIENT_NAME, "李某")
                .build();

        assertThatThrownBy(() -> LetterTemplate.parse(REF, VALID).render(noDueDate))
                .hasMessageContaining("答复期限")
                .hasMessageContaining("{{dueOn}}")
                .hasMessageContaining("SH-HZB 的模板“receipt”第2版");
    }

    @Nested
    class Rejects {

        @Test
        void anUnknownVariableNamingTheTemplateAndLine() {
            String text = VALID.replace("{{dueOn}}", "{{deadline}}");

            assertThatThrownBy(() -> LetterTemplate.parse(REF, text))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("SH-HZB 的模板“receipt”第2版第7行")
                    .hasMessageContaining("未知变量 {{deadline}}")
                    .hasMessageContaining("trackingNumber");
        }

        @Test
        void aVariableNotAllowedInTheLetterType() {
            String text = VALID.replace("{{dueOn}}", "{{feeAmount}}");

            assertThatThrownBy(() -> LetterTemplate.parse(REF, text))
                    .hasMessageContaining("第7行")
                    .hasMessageContaining("{{feeAmount}}")
                    .hasMessageContaining("不能用于登记回执");
        }

        @Test
        void anUnclosedSlot() {
            assertThatThrownBy(() -> LetterTemplate.parse(REF, VALID.replace("{{dueOn}}", "{{dueOn")))
                    .hasMessageContaining("第7行").hasMessageContaining("没有对应的“}}”");
        }

        @Test
        void aStrayClosingBrace() {
            assertThatThrownBy(() -> LetterTemplate.parse(REF, VALID.replace("此致。", "此致}}。")))
                    .hasMessageContaining("第11行").hasMessageContaining("前面没有对应的“{{”");
        }

        @Test
        void anExpressionInsteadOfAName() {
            assertThatThrownBy(() -> LetterTemplate.parse(REF, VALID.replace("{{dueOn}}", "{{T(java.lang.Runtime)}}")))
                    .hasMessageContaining("第7行").hasMessageContaining("不合规则");
        }

        @Test
        void aTemplateLeavingOutARequiredVariable() {
            String text = VALID.replace("编号{{trackingNumber}}，", "");

            assertThatThrownBy(() -> LetterTemplate.parse(REF, text))
                    .hasMessageContaining("缺少必需的变量 {{trackingNumber}}");
        }

        @Test
        void aReplyThatDoesNotCiteItsArticleOrTellTheRemedies() {
            TemplateRef reply = TemplateRef.bundled(LetterType.reply(Outcome.UNAVAILABLE_NOT_HELD));
            String noArticle = "答复书\n{{recipientName}}：\n编号{{trackingNumber}}。{{remedies}}\n";
            String noRemedies = "答复书\n{{recipientName}}：\n编号{{trackingNumber}}，依据{{article}}。\n";

            assertThatThrownBy(() -> LetterTemplate.parse(reply, noArticle)).hasMessageContaining("{{article}}");
            assertThatThrownBy(() -> LetterTemplate.parse(reply, noRemedies)).hasMessageContaining("{{remedies}}");
        }

        @Test
        void anArticleInAReplyWhoseOutcomeHasNone() {
            TemplateRef reply = TemplateRef.bundled(LetterType.reply(Outcome.OTHER));
            String text = "答复书\n{{recipientName}}：\n编号{{trackingNumber}}，依据{{article}}。{{remedies}}\n";

            assertThatThrownBy(() -> LetterTemplate.parse(reply, text)).hasMessageContaining("{{article}}")
                    .hasMessageContaining("不能用于");
        }

        @Test
        void aTemplateWithoutBody() {
            assertThatThrownBy(() -> LetterTemplate.parse(REF, "# only\n标题\n{{recipientName}}：\n"))
                    .hasMessageContaining("不完整");
        }
    }
}
