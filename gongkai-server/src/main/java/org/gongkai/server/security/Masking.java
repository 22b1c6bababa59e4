package org.gongkai.server.security;

/** How personal data looks in every list: enough to tell people apart, not enough to identify them. */
public final class Masking {

    private Masking() {
    }

    /** Keep the family name (first character): 张三丰 → 张**. */
    public static String name(String name) {
        return keep(name, 1, 0);
    }

    /** Keep the first 4 and last 4 characters of an ID number. */
    public static String idNumber(String id) {
        return keep(id, 4, 4);
    }

    /** Keep the first 3 and last 4 digits of a phone number: 138****5678. */
    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** Keep the first 6 characters of an address (province and city, usually). */
    public static String address(String address) {
        return keep(address, 6, 0);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int[] cps = value.codePoints().toArray();
        if (cps.length <= head + tail) {
            head = Math.min(head, Math.max(cps.length - 1, 0));
            tail = 0;
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            masked.appendCodePoint(i < head || i >= cps.length - tail ? cps[i] : '*');
        }
        return masked.toString();
    }
}
