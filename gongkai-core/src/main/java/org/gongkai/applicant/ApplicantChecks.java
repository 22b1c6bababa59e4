package org.gongkai.applicant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The checks every door (portal, console, API) applies to an applicant's identity number and phone, each giving
 * the Chinese message for its field or nothing when the value is fine. Pure: "today" is passed in.
 */
public final class ApplicantChecks {

    /** GB 11643-1999 weights of the first 17 digits, and the check character for each remainder of their sum mod 11. */
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    /** GB 32100-2015: the 31 characters of a 统一社会信用代码 in value order, and the weights of its first 17. */
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** The address codes a 港澳台居民居住证 number starts with: 香港 810000, 澳门 820000, 台湾 830000. */
    private static final Set<String> PERMIT_REGIONS = Set.of("810000", "820000", "830000");

    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,9}");
    private static final Pattern HK_MACAO = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    private static final Pattern TAIWAN = Pattern.compile("\\d{8}");
    private static final Pattern CREDIT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1[3-9]\\d{9}");
    private static final Pattern FIXED = Pattern.compile("(\\+?86)?0[1-9]\\d{1,2}[2-9]\\d{6,7}([#转]\\d{1,6})?");
    private static final Pattern SERVICE = Pattern.compile("[48]00\\d{7}");

    private ApplicantChecks() {
    }

    /** Return the number as the checks read it: spaces removed, letters upper-case. */
    public static String normalised(String number) {
        return number == null ? "" : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Check an identity number of {@code type}.
     *
     * @return the Chinese message naming what is wrong, or empty when the number is well formed
     */
    public static Optional<String> idNumber(IdentityDocument type, String number, LocalDate today) {
        String n = normalised(number);
        if (n.isEmpty()) {
            return Optional.of("请填写" + type.label() + "号码。");
        }
        return switch (type) {
            case RESIDENT_ID -> eighteen(type, n, today, region -> region.charAt(0) != '0' && !PERMIT_REGIONS.contains(region),
                    "前 6 位应为居民户口所在地的行政区划代码");
            case RESIDENCE_PERMIT -> eighteen(type, n, today, PERMIT_REGIONS::contains,
                    "前 6 位应为 810000（香港）、820000（澳门）或 830000（台湾）");
            case PASSPORT -> matches(n, PASSPORT, "护照号码应为 5 至 9 位大写字母或数字（国际民航组织 Doc 9303 规定证件号码最长 9 位）。");
            case HK_MACAO_PERMIT -> matches(n, HK_MACAO, "港澳居民来往内地通行证号码应为 H（香港）或 M（澳门）加 8 位数字，可再加 2 位换证次数。");
            case TAIWAN_PERMIT -> matches(n, TAIWAN, "台湾居民来往大陆通行证号码应为 8 位数字。");
            case CREDIT_CODE -> creditCode(n);
        };
    }

    /**
     * Check a phone number: a mobile number (11 digits from 13 to 19), a fixed line with its area code (and an
     * extension after # or 转), or a 400/800 service number; spaces, hyphens and brackets between digits are ignored.
     *
     * @return the Chinese message, or empty when the number is well formed
     */
    public static Optional<String> phone(String phone) {
        String p = phone == null ? "" : phone.replaceAll("[\\s()（）-]", "");
        if (p.isEmpty()) {
            return Optional.of("请填写联系电话。");
        }
        if (MOBILE.matcher(p).matches() || FIXED.matcher(p).matches() || SERVICE.matcher(p).matches()) {
            return Optional.empty();
        }
        return Optional.of("联系电话应为 11 位手机号码（如 13812345678），或带区号的固定电话（如 021-12345678，分机号写在 # 或“转”后），"
                + "或 400、800 开头的 10 位服务电话。");
    }

    /** The GB 11643 shape shared by 居民身份证 and 港澳台居民居住证, whose first 6 digits must pass {@code region}. */
    private static Optional<String> eighteen(IdentityDocument type, String n, LocalDate today, Predicate<String> region,
            String regionRule) {
        String name = type.label() + "号码";
        if (!EIGHTEEN.matcher(n).matches()) {
            return Optional.of(name + "应为 18 位：17 位数字加 1 位校验码（数字或 X）。");
        }
        if (!region.test(n.substring(0, 6))) {
            return Optional.of(name + regionRule + "。");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of(name + "第 7 至 14 位应为出生日期（年月日），“" + n.substring(6, 14) + "”不是有效日期。");
        }
        if (birth.isAfter(today)) {
            return Optional.of(name + "中的出生日期 " + birth + " 晚于今天（" + today + "）。");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        char check = ID_CHECK.charAt(sum % 11);
        return n.charAt(17) == check ? Optional.empty()
                : Optional.of(name + "的校验码（第 18 位）应为 " + check + "，填写的是 " + n.charAt(17) + "，请核对号码（GB 11643）。");
    }

    private static Optional<String> creditCode(String n) {
        if (!CREDIT.matcher(n).matches()) {
            return Optional.of("统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）。");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(n.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        char check = CREDIT_CHARS.charAt((31 - sum % 31) % 31);
        return n.charAt(17) == check ? Optional.empty()
                : Optional.of("统一社会信用代码的校验码（第 18 位）应为 " + check + "，填写的是 " + n.charAt(17) + "，请核对代码（GB 32100）。");
    }

    private static Optional<String> matches(String n, Pattern pattern, String message) {
        return pattern.matcher(n).matches() ? Optional.empty() : Optional.of(message);
    }
}
