package org.gongkai.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict recursive-descent JSON parser over one string. */
final class JsonParser {

    private final String text;
    private int pos;
    private int depth;

    JsonParser(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    Object document() {
        Object value = value();
        skipWhitespace();
        if (pos < text.length()) {
            throw error("JSON 值之后应为文本结尾，实际为" + found());
        }
        return value;
    }

    private Object value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("应为 JSON 值，实际为" + found());
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return null;
        }
        throw error("应为 JSON 值，实际为" + found());
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (!consume('}')) {
            do {
                skipWhitespace();
                int keyStart = pos;
                if (pos >= text.length() || text.charAt(pos) != '"') {
                    throw error("应为字符串形式的键，实际为" + found());
                }
                String key = string();
                if (members.containsKey(key)) {
                    pos = keyStart;
                    throw error("对象中的键 \"" + key + "\" 重复");
                }
                skipWhitespace();
                expect(':', "冒号");
                members.put(key, value());
                skipWhitespace();
            } while (consume(','));
            expect('}', "逗号或右花括号");
        }
        depth--;
        return Collections.unmodifiableMap(members);
    }

    private List<Object> array() {
        enter();
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (!consume(']')) {
            do {
                elements.add(value());
                skipWhitespace();
            } while (consume(','));
            expect(']', "逗号或右方括号");
        }
        depth--;
        return Collections.unmodifiableList(elements);
    }

    private void enter() {
        if (++depth > Json.MAX_DEPTH) {
            throw error("数组和对象的嵌套超过 " + Json.MAX_DEPTH + " 层");
        }
        pos++;
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("字符串未结束，缺少右引号");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("字符串中的控制字符必须转义，实际为" + found());
            }
            if (c == '\\') {
                escape(out);
            } else {
                out.append(c);
                pos++;
            }
        }
    }

    private void escape(StringBuilder out) {
        pos++;
        char c = pos < text.length() ? text.charAt(pos) : ' ';
        int index = "\"\\/bfnrt".indexOf(c);
        if (index >= 0) {
            out.append("\"\\/\b\f\n\r\t".charAt(index));
            pos++;
        } else if (c == 'u') {
            pos++;
            out.append(hex4());
        } else {
            throw error("应为转义字符（\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX），实际为" + found());
        }
    }

    private char hex4() {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
            if (digit < 0) {
                throw error("\\u 之后应为 4 位十六进制数字，实际为" + found());
            }
            code = code * 16 + digit;
            pos++;
        }
        return (char) code;
    }

    private BigDecimal number() {
        int start = pos;
        consume('-');
        if (!consume('0')) {
            digits("整数部分");
        }
        if (consume('.')) {
            digits("小数部分");
        }
        if (consume('e') || consume('E')) {
            if (!consume('+')) {
                consume('-');
            }
            digits("指数");
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("数字超出可表示的范围");
        }
    }

    private void digits(String part) {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw error("数字的" + part + "应为数字字符，实际为" + found());
        }
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean consume(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c, String expected) {
        if (!consume(c)) {
            throw error("应为" + expected + "，实际为" + found());
        }
    }

    private String found() {
        if (pos >= text.length()) {
            return "文本结尾";
        }
        char c = text.charAt(pos);
        return c < 0x20 || Character.isSurrogate(c)
                ? String.format("字符 U+%04X", (int) c)
                : "“" + c + "”";
    }

    private JsonSyntaxException error(String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonSyntaxException(line, pos - lineStart + 1, problem);
    }
}
