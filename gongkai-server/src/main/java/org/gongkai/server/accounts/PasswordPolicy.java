package org.gongkai.server.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters drawn from at least three of the four
 * classes (upper-case letters, lower-case letters, digits, other characters). Also makes the one-time
 * passwords given to new and reset accounts, which satisfy the policy.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int ONE_TIME_LENGTH = 16;

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String OTHER = "!#%+-=?@";

    private final Random random;

    public PasswordPolicy(Random random) {
        this.random = random;
    }

    public static PasswordPolicy secure() {
        return new PasswordPolicy(new SecureRandom());
    }

    /** Return what is wrong with {@code password} (one Chinese sentence), or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("密码至少需要 " + MIN_LENGTH + " 个字符，现有 " + length + " 个。");
        }
        boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean other = password.codePoints().anyMatch(c -> !Character.isUpperCase(c) && !Character.isLowerCase(c)
                && !Character.isDigit(c));
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (classes < 3) {
            return Optional.of("密码须包含大写字母、小写字母、数字、其他字符这四类中的至少三类。");
        }
        return Optional.empty();
    }

    /** Return a fresh one-time password: {@value #ONE_TIME_LENGTH} characters with every class, no look-alikes. */
    public String oneTime() {
        List<Character> chars = new ArrayList<>();
        String all = UPPER + LOWER + DIGITS + OTHER;
        for (String set : List.of(UPPER, LOWER, DIGITS, OTHER)) {
            chars.add(pick(set));
        }
        while (chars.size() < ONE_TIME_LENGTH) {
            chars.add(pick(all));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder();
        chars.forEach(password::append);
        return password.toString();
    }

    private char pick(String set) {
        return set.charAt(random.nextInt(set.length()));
    }
}
