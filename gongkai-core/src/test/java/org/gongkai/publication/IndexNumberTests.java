package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexNumberTests {

    @Test
    void parsesAnOrganisationCodeThatContainsHyphens() {
        IndexNumber n = IndexNumber.parse("SH-HZB-2023-00001");
        assertThat(n.organisationCode()).isEqualTo("SH-HZB");
        assertThat(n.year()).isEqualTo(2023);
        assertThat(n.serial()).isEqualTo(1);
        assertThat(n).hasToString("SH-HZB-2023-00001");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"", "SH-HZB-2023-1", "SH-HZB-23-00001", "2023-00001", "sh-hzb-2023-00001",
            "SH-HZB-2023-00000", "SH--HZB-2023-00001", "SH HZB-2023-00001", "SH-HZB-2023-000001"})
    void rejectsMalformedTextNamingTheExpectedFormat(String text) {
        assertThat(IndexNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> IndexNumber.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("机构代码-四位年份-五位流水号");
    }

    @Test
    void nextSerialIsOnePastTheHighestOfTheSameOrganisationAndYear() {
        List<IndexNumber> issued = List.of(
                IndexNumber.parse("SH-HZB-2023-00001"),
                IndexNumber.parse("SH-HZB-2023-00007"),
                IndexNumber.parse("SH-HZB-2024-00003"),
                IndexNumber.parse("SH-FGW-2023-00042"));
        assertThat(IndexNumber.next("SH-HZB", 2023, issued)).hasToString("SH-HZB-2023-00008");
        assertThat(IndexNumber.next("SH-HZB", 2024, issued)).hasToString("SH-HZB-2024-00004");
        assertThat(IndexNumber.next("SH-HZB", 2025, issued)).hasToString("SH-HZB-2025-00001");
        assertThat(IndexNumber.next("SH-FGW", 2023, issued)).hasToString("SH-FGW-2023-00043");
    }

    @Test
    void refusesToGoPastTheLastSerial() {
        List<IndexNumber> full = List.of(new IndexNumber("SH-HZB", 2023, IndexNumber.MAX_SERIAL));
        assertThatThrownBy(() -> IndexNumber.next("SH-HZB", 2023, full)).hasMessageContaining("已用尽");
    }

    @Test
    void generatedNumbersAreUniqueAndRoundTripThroughText() {
        Random random = new Random(20260101L);
        String[] organisations = {"SH-HZB", "BJ-FGW", "GD", "A1-B2-C3"};
        List<IndexNumber> issued = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String org = organisations[random.nextInt(organisations.length)];
            int year = 2019 + random.nextInt(7);
            IndexNumber next = IndexNumber.next(org, year, issued);
            issued.add(next);
            assertThat(texts.add(next.toString())).isTrue();
            assertThat(IndexNumber.parse(next.toString())).isEqualTo(next);
        }
    }
}
