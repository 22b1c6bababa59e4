package org.gongkai.letter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One piece of template text: literal runs and {@code {{variable}}} slots, parsed once and checked. */
final class TemplateText {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    private final List<Object> pieces;

    private TemplateText(List<Object> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    /**
     * Parse {@code text}; every variable must be on the allow-list and allowed in {@code type}.
     *
     * @param where the template and line, prefixed to every error message
     */
    static TemplateText parse(String text, LetterType type, String where) {
        List<Object> pieces = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf("{{", at);
            int strayClose = text.indexOf("}}", at);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                throw new TemplateException(where + "：“}}”前面没有对应的“{{”");
            }
            if (open < 0) {
                pieces.add(text.substring(at));
                break;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new TemplateException(where + "：“{{”没有对应的“}}”");
            }
            if (open > at) {
                pieces.add(text.substring(at, open));
            }
            pieces.add(variable(text.substring(open + 2, close).strip(), type, where));
            at = close + 2;
        }
        return new TemplateText(pieces);
    }

    private static LetterVariable variable(String name, LetterType type, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new TemplateException(where + "：变量名“" + name + "”不合规则，只能用英文字母和数字，如 {{trackingNumber}}");
        }
        LetterVariable variable = LetterVariable.byTemplateName(name).orElseThrow(() -> new TemplateException(
                where + "：未知变量 {{" + name + "}}；可用的变量：" + allowedNames(type)));
        if (!variable.isAllowedIn(type)) {
            throw new TemplateException(where + "：变量 {{" + name + "}}（" + variable.description() + "）不能用于"
                    + type.label() + "；可用的变量：" + allowedNames(type));
        }
        return variable;
    }

    private static String allowedNames(LetterType type) {
        List<String> names = new ArrayList<>();
        for (LetterVariable v : LetterVariable.values()) {
            if (v.isAllowedIn(type)) {
                names.add(v.templateName());
            }
        }
        return String.join("、", names);
    }

    /** Return the variables this text uses. */
    Set<LetterVariable> variables() {
        Set<LetterVariable> used = EnumSet.noneOf(LetterVariable.class);
        for (Object piece : pieces) {
            if (piece instanceof LetterVariable variable) {
                used.add(variable);
            }
        }
        return used;
    }

    /**
     * Return the text with each slot replaced by its value. Values are inserted once and never parsed
     * again, and control characters in them become spaces, so a value can neither add slots nor lines.
     */
    String render(LetterFacts facts, TemplateRef template) {
        StringBuilder out = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof LetterVariable variable) {
                String value = facts.value(variable).orElse(variable.mayBeEmpty() ? "" : null);
                if (value != null && value.isEmpty() && variable.dropsParagraphWhenEmpty()) {
                    return "";
                }
                if (value == null) {
                    throw new IllegalArgumentException("按" + template.describe() + "生成文书缺少“"
                            + variable.description() + "”（{{" + variable.templateName() + "}}）");
                }
                out.append(UNSAFE.matcher(value).replaceAll(" ").strip());
            } else {
                out.append((String) piece);
            }
        }
        return out.toString().strip();
    }
}
