package org.gongkai.json;

/**
 * Read and write JSON (RFC 8259) as a plain tree.
 *
 * <p>The tree is made of {@code Map<String, Object>} (objects, keys in document order),
 * {@code List<Object>} (arrays), {@code String}, {@code BigDecimal} (every number), {@code Boolean}
 * and {@code null}. A key present with value null is told apart from an absent key by
 * {@code Map.containsKey}.
 */
public final class Json {

    /** The deepest nesting of arrays and objects that {@link #parse(String)} accepts. */
    public static final int MAX_DEPTH = 256;

    private Json() {
    }

    /**
     * Parse {@code text} as exactly one JSON value, optionally surrounded by whitespace.
     *
     * @return the tree, with unmodifiable maps and lists; null for the JSON literal {@code null}
     * @throws JsonSyntaxException naming line and column of the first error, duplicate keys included
     */
    public static Object parse(String text) {
        return new JsonParser(text).document();
    }

    /**
     * Write {@code value} pretty-printed: 2-space indent, keys in the map's iteration order,
     * non-ASCII characters as themselves, and a trailing newline.
     *
     * <p>Accepts the tree types above; numbers may also be {@code Integer}, {@code Long} or
     * {@code BigInteger}.
     *
     * @throws IllegalArgumentException for any other type or a non-string key
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        JsonWriter.value(out, value, 0);
        return out.append('\n').toString();
    }
}
