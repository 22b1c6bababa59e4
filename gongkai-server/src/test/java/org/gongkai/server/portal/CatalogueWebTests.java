package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class CatalogueWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository users;

    @Autowired
    PublicationService publications;

    private Publication publish(String title) {
        Actor clerk = users.actor("clerk-a").orElseThrow();
        return publications.publish(clerk, new PublicationService.NewPublication(WebTestData.A,
                PublicationKind.OTHER, title, Optional.empty(), 2, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 3), Optional.empty(), null));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedItemIsFoundByThePagesAndTheApiAndLeavesThemWhenRepealed() throws Exception {
        Publication p = publish("测试市<b>候鸟</b>栖息地保护通告");
        String agencySearch = "/agencies/" + WebTestData.A + "/search?q=栖息地";

        assertThat(page(agencySearch)).contains("/publications/" + p.id()).contains("<mark>")
                .contains("&lt;b&gt;").doesNotContain("<b>候鸟").contains("<label for=\"q\"");
        assertThat(page("/search?q=栖息地&item=2&year=2025")).contains("/publications/" + p.id());
        assertThat(page("/search?q=栖息地&item=3")).doesNotContain("/publications/" + p.id());
        assertThat(page("/agencies/" + WebTestData.B + "/search?q=栖息地")).doesNotContain(p.id());
        mvc.perform(get("/api/v1/publications/search").param("q", "栖息地").param("agency", WebTestData.A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(p.id()));

        Actor clerk = users.actor("clerk-a").orElseThrow();
        publications.repeal(clerk, p.id(), publications.get(p.id()).version(),
                LocalDate.of(2025, 5, 1), null);

        assertThat(page(agencySearch)).doesNotContain("/publications/" + p.id());
        mvc.perform(get("/api/v1/publications/search").param("q", "栖息地"))
                .andExpect(jsonPath("$.total").value(0));

        assertThat(page(agencySearch + "&validity=REPEALED")).contains("/publications/" + p.id())
                .contains("<strong class=\"validity\">废止</strong>");
        assertThat(page(agencySearch + "&validity=IN_FORCE&validity=EXPIRED")).doesNotContain("/publications/" + p.id());
        mvc.perform(get("/api/v1/publications/search").param("q", "栖息地").param("validity", "REPEALED", "IN_FORCE"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].validity").value("REPEALED"));
    }

    @Test
    void resultsComeTwentyToAPageWithLinksThatKeepTheFilters() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ids.add(publish("测试市白鹭湿地巡护记录第" + (i + 1) + "期").id());
        }
        String first = page("/search?q=白鹭湿地&item=2");
        assertThat(ids.stream().filter(first::contains)).hasSize(20);
        assertThat(first).contains("检索到 23 条信息", "第 1 页", "start=\"1\"").doesNotContain("rel=\"prev\"")
                .contains("href=\"/search?q=%E7%99%BD%E9%B9%AD%E6%B9%BF%E5%9C%B0&amp;item=2&amp;page=2\" rel=\"next\"");
        String second = page("/search?q=白鹭湿地&item=2&page=2");
        assertThat(ids.stream().filter(second::contains)).hasSize(3);
        assertThat(second).contains("第 2 页", "start=\"21\"", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        mvc.perform(get("/api/v1/publications/search").param("q", "白鹭湿地").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(23))
                .andExpect(jsonPath("$.hits.length()").value(3));
    }

    @Test
    void aPageOutOfRangeOrOverlongTextIsExplainedInChinese() throws Exception {
        assertThat(page("/search?q=白鹭&page=0")).contains("id=\"search-error\"", "页码须在 1 到 50 之间");
        assertThat(page("/search?q=" + "白".repeat(101))).contains("检索词过长");
        mvc.perform(get("/api/v1/publications/search").param("q", "白鹭").param("page", "51"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("最多列出前 1000 条结果")));
        mvc.perform(get("/api/v1/publications/search").param("q", "白鹭").param("validity", "VALID"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("参数 validity 的值“VALID”无效（见 /api/openapi.json）。"));
        mvc.perform(get("/api/v1/publications/search").param("page", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("缺少参数 q（见 /api/openapi.json）。"));
    }

    @Test
    void aRepealedItemStaysInTheFeedsOnlyAsAnUpdateMarkedRepealed() throws Exception {
        Publication p = publish("测试市旧城灯光管理暂行办法");
        String atom = "/agencies/" + WebTestData.A + "/feed.atom";
        assertThat(page(atom)).contains("<title>测试市旧城灯光管理暂行办法</title>");

        Actor clerk = users.actor("clerk-a").orElseThrow();
        publications.repeal(clerk, p.id(), publications.get(p.id()).version(),
                LocalDate.of(2025, 5, 6), null);

        assertThat(page(atom)).doesNotContain("<title>测试市旧城灯光管理暂行办法</title>")
                .contains("<title>【已废止】测试市旧城灯光管理暂行办法</title>")
                .contains("<updated>2025-05-06T00:00:00+08:00</updated>");
        mvc.perform(get("/agencies/" + WebTestData.A + "/feed.json"))
                .andExpect(jsonPath("$.items[?(@.title == '【已废止】测试市旧城灯光管理暂行办法')]._gongkai.validity")
                        .value("REPEALED"));
    }

    @Test
    void theFeedsListAPublishedItemAndTheItemFeedOnlyItsItem() throws Exception {
        Publication p = publish("测试市古驿道修缮工程公告");
        String feeds = "/agencies/" + WebTestData.A;

        assertThat(page(feeds + "/feed.atom")).contains("<feed").contains("测试市古驿道修缮工程公告")
                .contains("/publications/" + p.id());
        mvc.perform(get(feeds + "/feed.json").param("item", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("https://jsonfeed.org/version/1.1"))
                .andExpect(jsonPath("$.items[?(@.title == '测试市古驿道修缮工程公告')]").exists());
        assertThat(page(feeds + "/feed.json?item=3")).doesNotContain("测试市古驿道修缮工程公告");
        mvc.perform(get(feeds + "/feed.atom").param("item", "16")).andExpect(status().isNotFound());
        assertThat(page(feeds + "/catalogue?item=2")).contains("href=\"" + feeds + "/feed.atom?item=2\"");
    }
}
