package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryPartsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "政府 信息公开|政府,信息公开|",
        "\"务公开工\" 年度|年度|务公开工",
        "政府“信息公开”报告|政府,报告|信息公开",
        "「政务 公开」|''|政务 公开",
        "“未闭合的引号|未闭合的引号|",
        "\"\" “ ”|''|''",
    })
    void splitsWordsAndQuotedPhrases(String text, String words, String phrases) {
        QueryParts parts = QueryParts.parse(text);
        assertThat(parts.words()).isEqualTo(list(words));
        assertThat(parts.phrases()).isEqualTo(list(phrases));
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}
