package org.gongkai.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.server.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo is on by default with the embedded H2 database only; an explicit setting always wins. */
class DemoEnabledTests {

    private static MockEnvironment url(String url) {
        return new MockEnvironment().withProperty("spring.datasource.url", url);
    }

    @Test
    void theEmbeddedDefaultDatabaseHasTheDemo() {
        assertThat(DemoEnabled.in(new MockEnvironment())).isTrue();
        assertThat(DemoEnabled.in(url(DatabaseSettings.DEFAULT_URL))).isTrue();
        assertThat(DemoEnabled.in(url("jdbc:h2:mem:trial;MODE=PostgreSQL"))).isTrue();
    }

    @Test
    void aConfiguredDatabaseServerHasNoDemo() {
        assertThat(DemoEnabled.in(url("jdbc:postgresql://db:5432/gongkai"))).isFalse();
        assertThat(DemoEnabled.in(url("jdbc:h2:tcp://db/gongkai"))).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(DemoEnabled.in(url("jdbc:postgresql://db:5432/gongkai").withProperty("gongkai.demo.enabled", "true")))
                .isTrue();
        assertThat(DemoEnabled.in(url(DatabaseSettings.DEFAULT_URL).withProperty("gongkai.demo.enabled", "false")))
                .isFalse();
    }
}
