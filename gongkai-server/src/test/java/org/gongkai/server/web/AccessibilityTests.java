package org.gongkai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.publication.PublicationKind;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.ReplyInformation;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StatedLetters;
import org.gongkai.server.security.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** axe-core on every page type, as the user who sees it: no serious or critical WCAG 2.1 A/AA violation. */
@BrowserTest
class AccessibilityTests extends BrowserSession {


    @Autowired
    UserRepository users;

    @Autowired
    PublicationRepository publicationRepository;

    @Autowired
    YearLock yearLock;

    @Autowired
    RequestService requests;

    @Autowired
    PublicationService publications;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    private void check(String page) {
        violations.put(page, browser.seriousViolations());
    }

    private void visit(String path) {
        browser.get(path);
        check(path);
    }

    private String fixtures() {
        Actor admin = users.actor("admin-a").orElseThrow();
        if (!yearLock.isPublished(WebTestData.A, 2023)) {
            reports.publish(admin, WebTestData.A, 2023, reports.draft(admin, WebTestData.A, 2023).version());
        }
        Actor clerk = users.actor("clerk-a").orElseThrow();
        publications.publish(clerk, new PublicationService.NewPublication(WebTestData.A,
                PublicationKind.RULE, "测试市政府信息公开规定", Optional.of("测府令第1号"), 1, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 6), Optional.empty(), null));
        LocalDate day = LocalDate.of(2025, 5, 6);
        publicationConsoleFixtures(clerk, day);
        return requests.register(clerk, new RequestService.Submission(null, WebTestData.A,
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON, new ReceiptFacts(Optional.of(day), Optional.of(day),
                        Optional.of(day)), new Applicant("上官云", null, "10000000001", null), "申请公开某项目的批复"))
                .request().request().id();
    }

    /** A late draft (deadlines table, menu count) and information given to two applicants (a suggestion). */
    private void publicationConsoleFixtures(Actor clerk, LocalDate day) {
        jdbc.sql("insert into publication_draft (agency, kind, title, article20_item, issued_on, drafted_by)"
                + " values (?, 'OTHER', '测试市迟报的通知', 2, ?, 'editor-a')").params(WebTestData.A, day.minusDays(40)).update();
        for (String name : List.of("诸葛青", "慕容白")) {
            String id = requests.register(clerk, new RequestService.Submission(null, WebTestData.A,
                    ApplicantType.NATURAL_PERSON, Channel.IN_PERSON, new ReceiptFacts(Optional.of(day), Optional.of(day),
                            Optional.of(day)), new Applicant(name, null, null, null), "申请公开某项目的批复"))
                    .request().request().id();
            requests.close(clerk, StatedLetters.ref(id, 1), day.plusDays(2), Outcome.DISCLOSED,
                    List.of(ReplyInformation.of("测建〔2025〕1号", "测试市某项目的批复").orElseThrow()));
        }
    }

    @Test
    void everyPageTypeHasNoSeriousOrCriticalViolation() throws IOException {
        String request = fixtures();
        String publication = publicationRepository.byAgency(WebTestData.A).get(0).id();
        String a = "/agencies/" + WebTestData.A;
        browser.driver.manage().deleteAllCookies();
        for (String path : List.of("/", a, a + "/catalogue", a + "/publications/" + publication, a + "/reports",
                a + "/reports/2023", a + "/apply", "/track", "/login", "/no-such-page")) {
            visit(path);
        }
        visit(a + "/search?q=测试&validity=IN_FORCE&validity=REPEALED");
        browser.screenshot("40-search-results");
        browser.get(a + "/apply");
        browser.submit("main form button[type=submit]");
        check("apply with errors");
        browser.screenshot("20-apply-errors");
        browser.type("name", "欧阳明远");
        browser.choose("applicantType", "NATURAL_PERSON");
        browser.choose("idType", "PASSPORT");
        browser.type("idNumber", "E12345678");
        browser.type("phone", "13800138000");
        browser.type("description", "申请公开某某项目的环境影响评价批复");
        browser.choose("infoForm", "PAPER");
        browser.choose("delivery", "COLLECT");
        browser.submit("main form button[type=submit]");
        check("applied");
        String number = browser.find("#tracking-number").getText();
        String code = browser.find("#access-code").getText();
        browser.get("/track");
        browser.type("trackingNumber", number);
        browser.type("accessCode", code);
        browser.submit("main form button[type=submit]");
        check("status");

        browser.signIn("head-a");
        check("inbox");
        visit("/console/requests/" + request);
        visit("/console/requests/" + request + "/applicant");
        browser.screenshot("21-applicant-unmasked");
        browser.signIn("clerk-a");
        visit("/console/requests/new");
        browser.submit("main form button[type=submit]");
        check("console register with errors");
        browser.screenshot("31-console-register");
        browser.signIn("publisher-a");
        check("console publications");
        assertThat(browser.driver.getPageSource()).contains("id=\"deadlines\"", "id=\"suggestion-list\"", "id=\"draft-alerts\"");
        browser.screenshot("25-console-publications-deadlines-suggestions");
        browser.type("keywords", "一 二 三 四 五 六 七 八 九 十 十一");
        browser.submit("main form.stack button[type=submit]");
        check("console publications draft with errors");
        assertThat(browser.driver.getPageSource()).contains("id=\"keywords-error\"", "id=\"title-error\"");
        browser.screenshot("32-console-draft-errors");
        browser.signIn("admin-a");
        visit("/console/reports?year=2025");
        browser.screenshot("22-console-report-draft");
        visit("/console/letters");
        visit("/console/letters/reply.DISCLOSED");
        browser.submit("#preview-template");
        check("letter template preview");
        assertThat(browser.find("#letter-preview").getText()).contains("上海市示例区市场监督管理局");
        browser.screenshot("28-letter-template-preview");
        browser.driver.executeScript("document.getElementById('source').value += '\\n{{bogus}}'");
        browser.submit("#save-template");
        check("letter template refused");
        assertThat(browser.find("#source-error").getText()).contains("{{bogus}}");
        browser.screenshot("29-letter-template-refused");
        visit("/console/settings");
        browser.screenshot("27-console-settings");
        visit("/console/agency");
        browser.type("address", "");
        browser.type("phone", "请来电");
        browser.submit("#save-profile");
        check("agency profile refused");
        assertThat(browser.find("#phone-error").getText()).contains("联系电话应为电话号码");
        browser.screenshot("38-console-agency-profile-refused");
        visit("/console/appeals?year=2025");
        browser.submit("#register-appeal");
        check("appeal register refused");
        assertThat(browser.driver.getPageSource()).contains("类别：请选择行政复议、未经复议直接起诉或复议后起诉。");
        browser.screenshot("80-console-appeals-refused");
        browser.driver.executeScript("document.getElementById('kind').value = 'REVIEW';"
                + " document.getElementById('filedOn').value = '2025-04-01';");
        browser.submit("#register-appeal");
        check("appeal registered");
        assertThat(browser.find("#appeal-counted").getText()).isEqualTo("计入");
        browser.screenshot("81-console-appeal");
        browser.signIn("supervisor-a");
        check("supervision");
        browser.screenshot("23-supervision");
        visit("/console/requests/" + request);

        violations.values().removeIf(List::isEmpty);
        assertThat(violations).as("axe-core serious or critical violations by page").isEmpty();
    }

    @Test
    void theSweepWouldSeeAViolation() {
        browser.get("/track");
        browser.driver.executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/css/none.png\">')");
        assertThat(browser.seriousViolations()).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }

    @Test
    void onAPhoneThePortalIsOneColumnWithoutSidewaysScrolling() throws IOException {
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get("/agencies/" + WebTestData.A + "/apply");
            long overflow = (Long) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).isLessThanOrEqualTo(0);
            Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            Files.write(java.nio.file.Path.of("target", "screenshots", "24-apply-phone.png"),
                    browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 900));
        }
    }
}
