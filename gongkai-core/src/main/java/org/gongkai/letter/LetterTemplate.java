package org.gongkai.letter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A letter template in the safe template language, parsed and checked.
 *
 * <p>The language: lines starting with {@code #} are comments. The first other non-blank line is the title,
 * the next is the salutation (称谓). The rest is the body: paragraphs separated by blank lines, the lines of
 * one paragraph joined without spaces. {@code {{name}}} inserts a fact; only the names of
 * {@link LetterVariable} allowed for the letter type may appear, and the ones it requires must. There is
 * nothing else: no code, no loops, no markup. A paragraph that comes out empty (only an empty
 * {@code {{details}}}) is left out.
 */
public final class LetterTemplate {

    private final TemplateRef ref;
    private final String source;
    private final TemplateText title;
    private final TemplateText salutation;
    private final List<TemplateText> paragraphs;

    private LetterTemplate(TemplateRef ref, String source, TemplateText title, TemplateText salutation,
            List<TemplateText> paragraphs) {
        this.ref = ref;
        this.source = source;
        this.title = title;
        this.salutation = salutation;
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** Parse {@code source}; a {@link TemplateException} names the template and the line at fault. */
    public static LetterTemplate parse(TemplateRef ref, String source) {
        Objects.requireNonNull(ref, "ref");
        LetterType type = ref.type();
        String[] lines = source.split("\\R", -1);
        TemplateText title = null;
        TemplateText salutation = null;
        List<TemplateText> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int paragraphLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.startsWith("#")) {
                continue;
            }
            String where = ref.describe() + "第" + (i + 1) + "行";
            if (line.isEmpty()) {
                if (paragraph.length() > 0) {
                    paragraphs.add(TemplateText.parse(paragraph.toString(), type,
                            ref.describe() + "第" + paragraphLine + "行起的段落"));
                    paragraph.setLength(0);
                }
            } else if (title == null) {
                title = TemplateText.parse(line, type, where);
            } else if (salutation == null) {
                salutation = TemplateText.parse(line, type, where);
            } else {
                if (paragraph.length() == 0) {
                    paragraphLine = i + 1;
                }
                TemplateText.parse(line, type, where);
                paragraph.append(line);
            }
        }
        if (title == null || salutation == null || paragraphs.isEmpty()) {
            throw new TemplateException(ref.describe() + "不完整：需要标题一行、称谓一行和至少一段正文");
        }
        LetterTemplate template = new LetterTemplate(ref, source, title, salutation, paragraphs);
        template.checkRequiredVariables();
        return template;
    }

    private void checkRequiredVariables() {
        Set<LetterVariable> used = EnumSet.noneOf(LetterVariable.class);
        used.addAll(title.variables());
        used.addAll(salutation.variables());
        paragraphs.forEach(p -> used.addAll(p.variables()));
        for (LetterVariable variable : LetterVariable.values()) {
            if (variable.isRequiredIn(ref.type()) && !used.contains(variable)) {
                throw new TemplateException(ref.describe() + "缺少必需的变量 {{" + variable.templateName() + "}}（"
                        + variable.description() + "）");
            }
        }
    }

    public TemplateRef ref() {
        return ref;
    }

    /** Return the template's text as written. */
    public String source() {
        return source;
    }

    /** Write the letter; throws {@link IllegalArgumentException} naming a fact the template needs and lacks. */
    public RenderedLetter render(LetterFacts facts) {
        List<String> body = new ArrayList<>();
        for (TemplateText paragraph : paragraphs) {
            String text = paragraph.render(facts, ref);
            if (!text.isEmpty()) {
                body.add(text);
            }
        }
        return new RenderedLetter(ref, required(facts, LetterVariable.AGENCY_NAME),
                required(facts, LetterVariable.TRACKING_NUMBER), facts.issuedOn(),
                title.render(facts, ref), salutation.render(facts, ref), body);
    }

    private String required(LetterFacts facts, LetterVariable variable) {
        return facts.value(variable).orElseThrow(() -> new IllegalArgumentException(
                "按" + ref.describe() + "生成文书缺少“" + variable.description() + "”"));
    }
}
