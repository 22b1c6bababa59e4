package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "江教规〔2026〕5号 => 江教规〔2026〕5号",
        "江教规[2026]5号 => 江教规〔2026〕5号",
        "江教规【2026】5号 => 江教规〔2026〕5号",
        "江教规(2026)5号 => 江教规〔2026〕5号",
        "江教规（２０２６）５号 => 江教规〔2026〕5号",
        "江教规［2026］5号 => 江教规〔2026〕5号",
        "'江教规 〔2026〕　5号' => 江教规〔2026〕5号",
        "ＰＭ２.５浓度 => pm2.5浓度",
        "GDP增长 => gdp增长",
        "第①条，第二款 => 第1条,第二款",
    })
    void normalisesBracketsWidthsSpacesAndCase(String text, String normalised) {
        assertThat(SearchText.normalise(text)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "'教育 局' => 0,1,3,4",
        "'ＡＢ〔Ｃ' => 0,1,2,3,4",
        "'a　b' => 0,2,3",
    })
    void mapsEachNormalisedCharacterBackToTheCharacterItCameFrom(String text, String from) {
        SearchText.Mapped mapped = SearchText.mapped(text);
        StringBuilder actual = new StringBuilder();
        for (int i : mapped.from()) {
            actual.append(actual.isEmpty() ? "" : ",").append(i);
        }
        assertThat(actual.toString()).isEqualTo(from);
    }
}
