package org.gongkai.publication;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue identifier (索引号) of the form {@code <organisation code>-<yyyy>-<5-digit serial>},
 * e.g. {@code SH-HZB-2023-00001}. The organisation code may itself contain hyphens, so a text is read from the right.
 */
public record IndexNumber(String organisationCode, int year, int serial) implements Comparable<IndexNumber> {

    public static final int MAX_SERIAL = 99_999;

    private static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z]+(-[0-9A-Z]+)*");
    private static final Pattern TEXT = Pattern.compile("(.+)-(\\d{4})-(\\d{5})");
    private static final String EXPECTED = "应为“机构代码-四位年份-五位流水号”，如 SH-HZB-2023-00001";
    private static final Comparator<IndexNumber> ORDER = Comparator.comparing(IndexNumber::organisationCode)
            .thenComparingInt(IndexNumber::year)
            .thenComparingInt(IndexNumber::serial);

    public IndexNumber {
        Objects.requireNonNull(organisationCode, "organisationCode");
        if (!ORGANISATION_CODE.matcher(organisationCode).matches()) {
            throw new IllegalArgumentException(
                    "机构代码“" + organisationCode + "”只能由大写字母、数字和中间的连字符组成");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("索引号的年份须为四位数，收到 " + year);
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("索引号的流水号须在 00001 至 99999 之间，收到 " + serial);
        }
    }

    /** Read an index number from its text form; the message of the exception names the expected format. */
    public static IndexNumber parse(String text) {
        Matcher m = TEXT.matcher(Objects.requireNonNull(text, "text").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("索引号“" + text + "”格式不对，" + EXPECTED);
        }
        try {
            return new IndexNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("索引号“" + text + "”格式不对：" + e.getMessage() + "；" + EXPECTED, e);
        }
    }

    /** Return whether {@code text} is a well-formed index number. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Return the next index number of an organisation and year: one past the highest serial already given
     * for that organisation and year among {@code issued} (serials are never reused, gaps are kept).
     */
    public static IndexNumber next(String organisationCode, int year, Collection<IndexNumber> issued) {
        int highest = issued.stream()
                .filter(n -> n.organisationCode.equals(organisationCode) && n.year == year)
                .mapToInt(IndexNumber::serial)
                .max()
                .orElse(0);
        if (highest == MAX_SERIAL) {
            throw new IllegalStateException(organisationCode + " 在 " + year + " 年的索引号流水号已用尽（99999）");
        }
        return new IndexNumber(organisationCode, year, highest + 1);
    }

    @Override
    public int compareTo(IndexNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%05d", organisationCode, year, serial);
    }
}
