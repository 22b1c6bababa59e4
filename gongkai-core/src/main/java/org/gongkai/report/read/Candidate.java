package org.gongkai.report.read;

import java.util.Arrays;

/**
 * One way to read a row's tokens into its cells.
 *
 * @param how how the tokens were fitted, in Chinese, or empty when they fit the cells one to one
 */
record Candidate(Slot[] slots, String how) {

    /** Return a key equal for two readings that put the same kinds and values in every cell. */
    String valueKey() {
        StringBuilder key = new StringBuilder();
        for (Slot s : slots) {
            key.append(s.kind().ordinal()).append(':').append(s.value()).append(',');
        }
        return key.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && Arrays.equals(slots, c.slots) && how.equals(c.how);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots) * 31 + how.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(slots) + how;
    }
}
