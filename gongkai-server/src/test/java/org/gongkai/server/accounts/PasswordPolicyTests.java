package org.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void refusesShortPasswordsWithTheirLength() {
        assertThat(PasswordPolicy.problem("Ab1!Ab1!Ab1")).contains("密码至少需要 12 个字符，现有 11 个。");
        assertThat(PasswordPolicy.problem("")).contains("密码至少需要 12 个字符，现有 0 个。");
        assertThat(PasswordPolicy.problem("密码密码密码密码密码A1")).isEmpty();
    }

    @Test
    void needsThreeOfTheFourClasses() {
        String refused = "密码须包含大写字母、小写字母、数字、其他字符这四类中的至少三类。";
        assertThat(PasswordPolicy.problem("abcdefghijklmn")).contains(refused);
        assertThat(PasswordPolicy.problem("abcdefgh123456")).contains(refused);
        assertThat(PasswordPolicy.problem("ABCDEFGH!!!!!!")).contains(refused);
        assertThat(PasswordPolicy.problem("abcdefgH123456")).isEmpty();
        assertThat(PasswordPolicy.problem("abcdefgh12345!")).isEmpty();
        assertThat(PasswordPolicy.problem("ABCDEFGH-abcdef")).isEmpty();
    }

    @Test
    void oneTimePasswordsSatisfyThePolicyAndDiffer() {
        PasswordPolicy policy = new PasswordPolicy(new Random(17));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String password = policy.oneTime();
            assertThat(password).hasSize(PasswordPolicy.ONE_TIME_LENGTH);
            assertThat(PasswordPolicy.problem(password)).as(password).isEmpty();
            assertThat(password).matches("[A-Za-z0-9!#%+\\-=?@]+").doesNotContain("0", "O", "1", "l", "I");
            seen.add(password);
        }
        assertThat(seen).hasSize(2000);
    }
}
