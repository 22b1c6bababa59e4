package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueTermsTests {

    @Test
    void keywordsSplitOnChineseAndAsciiSeparatorsTrimmedWithoutEmptiesOrRepeats() {
        assertThat(CatalogueTerms.keywords(" 绿道，管理、规划;建设；环境 保护\u3000文明,, 绿道 "))
                .containsExactly("绿道", "管理", "规划", "建设", "环境", "保护", "文明");
        assertThat(CatalogueTerms.keywords(" ,，; ")).isEmpty();
        assertThat(CatalogueTerms.keywords(null)).isEmpty();
    }

    @Test
    void aBlankTopicIsNoTopic() {
        assertThat(CatalogueTerms.topic("  城乡建设\t")).contains("城乡建设");
        assertThat(CatalogueTerms.topic(" \u3000")).isEmpty();
        assertThat(CatalogueTerms.topic(null)).isEmpty();
    }
}
