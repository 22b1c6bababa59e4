package org.gongkai.report.read;

/**
 * A sum a table must satisfy, over cell indexes of one grid: the cells in {@code plus} add up to those in
 * {@code minus}.
 *
 * @param rule the rule in words, e.g. {@code 本行总计等于各类申请人之和}
 */
record Equation(String rule, int[] plus, int[] minus) {

    static Equation total(String rule, int total, int[] parts) {
        return new Equation(rule, parts, new int[] {total});
    }
}
