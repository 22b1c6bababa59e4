package org.gongkai.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Pretty-prints a JSON tree (see {@link Json}). */
final class JsonWriter {

    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    static void value(StringBuilder out, Object value, int level) {
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof BigDecimal || value instanceof BigInteger
                || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, level);
        } else if (value instanceof List<?> list) {
            array(out, list, level);
        } else {
            throw new IllegalArgumentException("JSON cannot hold a " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings: " + entry.getKey());
            }
            newline(out, level + 1);
            string(out, key);
            out.append(": ");
            value(out, entry.getValue(), level + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newline(out, level);
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list, int level) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newline(out, level + 1);
            value(out, list.get(i), level + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newline(out, level);
        out.append(']');
    }

    private static void newline(StringBuilder out, int level) {
        out.append('\n').append(INDENT.repeat(level));
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isUnpairedSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isUnpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
