package org.gongkai.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each door's identity and phone checks, with check characters computed by hand below. */
class ApplicantChecksTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    // GB 11643: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; remainder of the sum mod 11 -> 1 0 X 9 8 7 6 5 4 3 2.
    // 11010519491231002X: 1*7 + 1*9 + 0 + 1*5 + 0 + 5*4 + 1*2 + 9*1 + 4*6 + 9*3 + 1*7 + 2*9 + 3*10 + 1*5 + 0 + 0 + 2*2
    //   = 7+9+5+20+2+9+24+27+7+18+30+5+4 = 167; 167 mod 11 = 2 -> X.
    // 11010520990101001?: 7+9+5+20+2*2+0+9*6+9*3+0+1*9+0+1*5+0+0+1*2 = 7+9+5+20+4+54+27+9+5+2 = 142; mod 11 = 10 -> 2.
    // 81000019900101001?: 8*7 + 1*9 + 1*2 + 9*1 + 9*6 + 1*9 + 1*5 + 1*2 = 56+9+2+9+54+9+5+2 = 146; mod 11 = 3 -> 9.
    // GB 32100: values 0-9, A=10 … H=17, J=18 … N=22, P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30; weights
    // 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28; check = (31 - sum mod 31) mod 31.
    // 91350100M000100Y4?: 9*1 + 1*3 + 3*9 + 5*27 + 1*26 + M(21)*20 + 1*8 + Y(30)*30 + 4*28
    //   = 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28; 31 - 28 = 3 -> 3.
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            RESIDENT_ID      | 11010519491231002X  | -
            RESIDENT_ID      | 11010519491231002x  | -
            RESIDENT_ID      | 110105194912310021  | 居民身份证号码的校验码（第 18 位）应为 X，填写的是 1，请核对号码（GB 11643）。
            RESIDENT_ID      | 110105209901010012  | 居民身份证号码中的出生日期 2099-01-01 晚于今天（2026-12-08）。
            RESIDENT_ID      | 110105194902300011  | 居民身份证号码第 7 至 14 位应为出生日期（年月日），“19490230”不是有效日期。
            RESIDENT_ID      | 000000199001011234  | 居民身份证号码前 6 位应为居民户口所在地的行政区划代码。
            RESIDENT_ID      | 810000199001010019  | 居民身份证号码前 6 位应为居民户口所在地的行政区划代码。
            RESIDENT_ID      | 1101051949123100    | 居民身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）。
            RESIDENT_ID      | ''                  | 请填写居民身份证号码。
            RESIDENCE_PERMIT | 810000199001010019  | -
            RESIDENCE_PERMIT | 810000199001010011  | 港澳台居民居住证号码的校验码（第 18 位）应为 9，填写的是 1，请核对号码（GB 11643）。
            RESIDENCE_PERMIT | 11010519491231002X  | 港澳台居民居住证号码前 6 位应为 810000（香港）、820000（澳门）或 830000（台湾）。
            PASSPORT         | E12345678           | -
            PASSPORT         | EA1234567           | -
            PASSPORT         | E123456789          | 护照号码应为 5 至 9 位大写字母或数字（国际民航组织 Doc 9303 规定证件号码最长 9 位）。
            HK_MACAO_PERMIT  | H12345678           | -
            HK_MACAO_PERMIT  | M1234567801         | -
            HK_MACAO_PERMIT  | H1234567            | 港澳居民来往内地通行证号码应为 H（香港）或 M（澳门）加 8 位数字，可再加 2 位换证次数。
            TAIWAN_PERMIT    | 12345678            | -
            TAIWAN_PERMIT    | 1234567             | 台湾居民来往大陆通行证号码应为 8 位数字。
            CREDIT_CODE      | 91350100M000100Y43  | -
            CREDIT_CODE      | 91350100M000100Y44  | 统一社会信用代码的校验码（第 18 位）应为 3，填写的是 4，请核对代码（GB 32100）。
            CREDIT_CODE      | 91350100I000100Y43  | 统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）。
            """)
    void identityNumberIsCheckedByItsDocumentsRule(IdentityDocument type, String number, String message) {
        assertThat(ApplicantChecks.idNumber(type, number, TODAY)).isEqualTo(Optional.ofNullable(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            13812345678          | -
            +86 138-1234-5678    | -
            021-63211234         | -
            (0755) 82345678      | -
            0571-8765432#801     | -
            010-66668888转2      | -
            400-810-8888         | -
            1381234567           | X
            23812345678          | X
            021-1234             | X
            12345                | X
            ''                   | 请填写联系电话。
            """)
    void phoneIsAMobileAFixedLineOrAServiceNumber(String phone, String message) {
        String wrong = "联系电话应为 11 位手机号码（如 13812345678），或带区号的固定电话（如 021-12345678，分机号写在 # 或“转”后），"
                + "或 400、800 开头的 10 位服务电话。";
        assertThat(ApplicantChecks.phone(phone)).isEqualTo(Optional.ofNullable(message).map(m -> m.equals("X") ? wrong : m));
    }
}
