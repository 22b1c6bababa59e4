package org.gongkai.server.agencies;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.agency.Agency;

/**
 * One item of what an agency's administrator edits about it (console and command line alike): the agency's
 * name and the items of its {@link AgencyProfile}. Each has its form name, its Chinese label, its length limit
 * (the column's) and what a plausible value looks like.
 */
public enum ProfileField {

    NAME("name", "机关名称", 200, true),
    OFFICE("office", "工作机构名称", 200, true),
    ADDRESS("address", "办公地址", 500, true),
    POSTCODE("postcode", "邮政编码", 10, true),
    PHONE("phone", "联系电话", 50, true),
    EMAIL("email", "电子邮箱", 200, false),
    OFFICE_HOURS("officeHours", "办公时间", 200, true),
    REVIEW_BODY("reviewBody", "行政复议机关", 200, false),
    COURT("court", "行政诉讼的管辖法院", 200, false);

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern POSTCODE_SHAPE = Pattern.compile("[0-9]{6}");
    /** Digits with the separators people write: area code, extension (转), several numbers (、). */
    private static final Pattern PHONE_SHAPE = Pattern.compile("[0-9+()（） \\-—－/、，,;；转分机]+");
    private static final int PHONE_MIN_DIGITS = 5;
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final String property;
    private final String label;
    private final int maxLength;
    private final boolean required;

    ProfileField(String property, String label, int maxLength, boolean required) {
        this.property = property;
        this.label = label;
        this.maxLength = maxLength;
        this.required = required;
    }

    /** The name of the form field. */
    public String property() {
        return property;
    }

    public String label() {
        return label;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean required() {
        return required;
    }

    private String of(AgencyProfile profile) {
        switch (this) {
            case OFFICE: return profile.office();
            case ADDRESS: return profile.address();
            case POSTCODE: return profile.postcode();
            case PHONE: return profile.phone();
            case EMAIL: return profile.email();
            case OFFICE_HOURS: return profile.officeHours();
            case REVIEW_BODY: return profile.reviewBody().orElse("");
            case COURT: return profile.court().orElse("");
            default: throw new AssertionError(this);
        }
    }

    /**
     * Return every item of {@code agency} with {@code profile}: empty text for an optional item the profile does
     * not have, and for each profile item while the agency has no profile yet.
     */
    public static Map<ProfileField, String> valuesOf(Agency agency, Optional<AgencyProfile> profile) {
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        values.put(NAME, agency.name());
        for (ProfileField f : values()) {
            if (f != NAME) {
                values.put(f, profile.map(f::of).orElse(""));
            }
        }
        return values;
    }

    /** Return the profile of checked, stripped {@code values} (see {@link #problem}). */
    static AgencyProfile profileOf(Map<ProfileField, String> values) {
        return new AgencyProfile(values.get(OFFICE), values.get(ADDRESS), values.get(POSTCODE), values.get(PHONE),
                values.get(EMAIL), values.get(OFFICE_HOURS), optional(values.get(REVIEW_BODY)),
                optional(values.get(COURT)));
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Return what is wrong with the stripped {@code value} of this item (Chinese), or empty when it may be saved. */
    Optional<String> problem(String value) {
        if (value.isEmpty()) {
            return required ? Optional.of("请填写" + label + "。") : Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(label + "最多 " + maxLength + " 个字符，现有 " + value.length() + " 个。");
        }
        if (CONTROL.matcher(value).find()) {
            return Optional.of(label + "应写在一行内，不能包含换行或控制字符。");
        }
        return shapeProblem(value);
    }

    private Optional<String> shapeProblem(String value) {
        switch (this) {
            case POSTCODE:
                return POSTCODE_SHAPE.matcher(value).matches() ? Optional.empty()
                        : Optional.of("邮政编码应为 6 位数字，例如 100010。");
            case PHONE:
                return PHONE_SHAPE.matcher(value).matches() && value.chars().filter(c -> c >= '0' && c <= '9').count()
                        >= PHONE_MIN_DIGITS ? Optional.empty()
                        : Optional.of("联系电话应为电话号码，例如 010-12345678 或 12345；可写分机（转）和多个号码（用“、”分隔），不能写其他文字。");
            case EMAIL:
                return EMAIL_SHAPE.matcher(value).matches() ? Optional.empty()
                        : Optional.of("电子邮箱应形如 gongkai@example.gov.cn。");
            default:
                return Optional.empty();
        }
    }
}
