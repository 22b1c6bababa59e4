package org.gongkai.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A value of a parsed JSON tree together with its JSON path, with typed accessors that fail with that path. */
final class Node {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final int SHOWN_TEXT = 40;

    private final Object value;
    private final String path;
    private final boolean present;

    private Node(Object value, String path, boolean present) {
        this.value = value;
        this.path = path;
        this.present = present;
    }

    static Node root(Object value) {
        return new Node(value, "$", true);
    }

    String path() {
        return path;
    }

    Node field(String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw mismatch("对象");
        }
        return new Node(map.get(name), path + "." + name, map.containsKey(name));
    }

    List<Node> array(String name) {
        Node field = required(name, "数组");
        if (!(field.value instanceof List<?> list)) {
            throw field.mismatch("数组");
        }
        List<Node> elements = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            elements.add(new Node(list.get(i), field.path + "[" + i + "]", true));
        }
        return elements;
    }

    String string(String name) {
        return required(name, "非空字符串").text();
    }

    Optional<String> optionalString(String name) {
        return optional(name).map(Node::text);
    }

    LocalDate date(String name) {
        return required(name, "yyyy-mm-dd 格式的日期").date();
    }

    Optional<LocalDate> optionalDate(String name) {
        return optional(name).map(Node::date);
    }

    /** Return the boolean at {@code name}; absent or null is false (a field added to gongkai/1 later). */
    boolean flag(String name) {
        Node field = field(name);
        if (field.value == null) {
            return false;
        }
        if (field.value instanceof Boolean b) {
            return b;
        }
        throw field.mismatch("true 或 false");
    }

    int integer(String name, int min, int max) {
        String expected = max == Integer.MAX_VALUE ? "不小于 " + min + " 的整数" : min + " 到 " + max + " 之间的整数";
        Node field = required(name, expected);
        if (field.value instanceof BigDecimal number && number.stripTrailingZeros().scale() <= 0
                && number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0) {
            return number.intValueExact();
        }
        throw field.mismatch(expected);
    }

    BigDecimal amount(String name) {
        String expected = "以字符串表示的非负金额（如 \"12.50\"）";
        Node field = required(name, expected);
        if (field.value instanceof String s && AMOUNT.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        throw field.mismatch(expected);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, String what) {
        return Enum.valueOf(type, oneOf(name, names(type), what));
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type, String what) {
        return optional(name).map(field -> Enum.valueOf(type, field.choice(names(type), what)));
    }

    /** Return the string at {@code name}, which must be one of {@code allowed}. */
    String oneOf(String name, List<String> allowed, String what) {
        return required(name, choices(allowed, what)).choice(allowed, what);
    }

    DatasetException mismatch(String expected) {
        return fail(spaced("应为", expected) + spaced("，实际为", describe(value)));
    }

    DatasetException fail(String detail) {
        return new DatasetException(path, detail);
    }

    private Node required(String name, String expected) {
        Node field = field(name);
        if (!field.present) {
            throw field.fail(spaced("缺少必填字段，应为", expected));
        }
        if (field.value == null) {
            throw field.mismatch(expected);
        }
        return field;
    }

    private Optional<Node> optional(String name) {
        Node field = field(name);
        return field.value == null ? Optional.empty() : Optional.of(field);
    }

    private String text() {
        if (value instanceof String s && !s.isEmpty()) {
            return s;
        }
        throw mismatch("非空字符串");
    }

    private LocalDate date() {
        if (value instanceof String s && DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw fail("应为 yyyy-mm-dd 格式的日期，实际为不存在的日期 \"" + s + "\"");
            }
        }
        throw mismatch("yyyy-mm-dd 格式的日期");
    }

    private String choice(List<String> allowed, String what) {
        if (value instanceof String s && allowed.contains(s)) {
            return s;
        }
        throw mismatch(choices(allowed, what));
    }

    private static String choices(List<String> allowed, String what) {
        return what + "（" + String.join("、", allowed) + " 之一）";
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Join Chinese text and what follows, with a space before Latin letters, digits and quotes. */
    private static String spaced(String chinese, String rest) {
        return chinese + (rest.charAt(0) < 0x80 ? " " : "") + rest;
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "字符串 \"" + (s.length() > SHOWN_TEXT ? s.substring(0, SHOWN_TEXT) + "…" : s) + "\"";
        }
        if (value instanceof BigDecimal number) {
            return "数字 " + number;
        }
        if (value instanceof Boolean b) {
            return "布尔值 " + b;
        }
        if (value instanceof Map) {
            return "对象";
        }
        return value instanceof List ? "数组" : "null";
    }
}
