package org.gongkai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's home page and search in Chromium: hierarchy, filter as one types, highlights, no results; axe-core on each. */
@BrowserTest
class PortalSearchBrowserTests extends BrowserSession {

    private static final String DISTRICT = "T-BSQ";

    @Autowired
    AgencyRepository agencies;

    @Autowired
    UserRepository users;

    @Autowired
    PublicationService publications;

    @BeforeEach
    void hierarchyAndAnItem() {
        if (agencies.find(DISTRICT).isPresent()) {
            return;
        }
        agencies.insert(new Agency(DISTRICT, "测试市白石区人民政府", Optional.of(WebTestData.A)));
        agencies.insert(new Agency("T-BSQ-JYJ", "测试市白石区教育局", Optional.of(DISTRICT)));
        agencies.insert(new Agency("T-BSQ-DH", "测试市白石区东湖街道办事处", Optional.of(DISTRICT)));
        Actor clerk = users.actor("clerk-a").orElseThrow();
        publications.publish(clerk, new PublicationService.NewPublication(WebTestData.A,
                PublicationKind.NORMATIVE_DOCUMENT, "测试市教育局关于做好学生资助工作的通知", Optional.of("测教规〔2025〕3号"), 1,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2), Optional.empty(), null));
    }

    @Test
    void theHomeShowsTheHierarchyAndTheFilterNarrowsAsOneTypes() throws IOException {
        browser.get("/");
        assertThat(browser.find("#agency-list").getText()).contains("本级部门", "下级人民政府（市、区、县）", "测试市白石区人民政府");
        assertThat(browser.text()).contains("申请公开", "查询申请进度", "年度报告", "最新公开", "测试市教育局关于做好学生资助工作的通知");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("60-home-hierarchy");

        browser.driver.findElement(By.id("find")).sendKeys("东湖");
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("agency-list")).getText().contains("找到 1 个行政机关"));
        assertThat(browser.find("#agency-list").getText()).contains("测试市白石区东湖街道办事处").doesNotContain("测试市某局");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("61-home-filter-as-typed");

        browser.get("/?under=" + DISTRICT);
        assertThat(browser.find("#agency-list").getText()).contains("本级部门", "测试市白石区教育局", "街道、乡镇", "测试市白石区东湖街道办事处");
        assertThat(browser.seriousViolations()).isEmpty();
    }

    @Test
    void resultsAreMarkedAndNoResultsSuggestWaysOn() throws IOException {
        browser.get("/");
        browser.driver.findElement(By.id("site-q")).sendKeys("教育");
        browser.submit("header form.site-search button[type=submit]");
        assertThat(browser.driver.getPageSource()).contains("<mark>教育</mark>");
        assertThat(browser.find("#item").getText()).contains("第（1）项 行政法规、规章和规范性文件");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("62-search-results-marked");

        browser.get("/agencies/" + WebTestData.A + "/search?q=学生资助宣传月&year=2020");
        assertThat(browser.find(".no-results").getText()).contains("没有检索到符合条件的信息。", "去掉全部筛选条件再检索",
                "在全部行政机关中检索“学生资助宣传月”", "学生资", "助宣传月");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("63-search-no-results");
    }
}
