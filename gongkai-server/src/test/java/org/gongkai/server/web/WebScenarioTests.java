package org.gongkai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The acceptance scenarios, end to end in headless Chromium, with a screenshot of each main page. */
@BrowserTest
class WebScenarioTests extends BrowserSession {


    private String[] applyOnline() throws IOException {
        browser.driver.manage().deleteAllCookies();
        browser.get("/agencies/" + WebTestData.A + "/apply");
        browser.type("name", "欧阳明远");
        browser.choose("applicantType", "NATURAL_PERSON");
        browser.choose("idType", "RESIDENT_ID");
        browser.type("idNumber", "11010519491231002X");
        browser.type("phone", "13800138000");
        browser.type("description", "申请公开测试市2024年老旧小区改造项目的立项批复文件");
        browser.choose("infoForm", "ELECTRONIC");
        browser.choose("delivery", "COLLECT");
        browser.screenshot("01-apply");
        browser.submit("main form button[type=submit]");
        browser.screenshot("02-applied");
        return new String[] {browser.find("#tracking-number").getText(), browser.find("#access-code").getText()};
    }

    private String status(String number, String code, String screenshot) throws IOException {
        browser.driver.manage().deleteAllCookies();
        browser.get("/track");
        browser.type("trackingNumber", number);
        browser.type("accessCode", code);
        browser.submit("main form button[type=submit]");
        browser.screenshot(screenshot);
        return browser.text();
    }

    private void act(String number, String action) {
        browser.get("/console/requests/" + number);
        browser.submit("#action-" + action + " button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isNotBlank();
    }

    /** POST a step from the signed-in user's request page, with the page's CSRF token; return the HTTP status. */
    private long postStep(String number, String action) {
        browser.get("/console/requests/" + number);
        Object status = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams();
                body.set('_csrf', document.querySelector('input[name=_csrf]').value);
                body.set('version', document.querySelector('input[name=version]').value);
                body.set('on', '2025-06-02');
                body.set('respondBy', '2025-06-17');
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'}).then(r => done(r.status));
                """, "/console/requests/" + number + "/" + action);
        return (Long) status;
    }

    @Test
    void anApplicationGoesFromThePortalThroughClarificationToAPartialDisclosure() throws IOException {
        String[] receipt = applyOnline();
        String number = receipt[0];
        assertThat(number).startsWith(WebTestData.A + "-2025-");

        browser.signIn("registrar-a");
        assertThat(browser.find("#inbox").getText()).contains(number, "欧**");
        browser.screenshot("03-inbox");
        browser.get("/console/requests/" + number);
        assertThat(browser.driver.findElements(By.cssSelector("#action-clarify, #action-close"))).isEmpty();
        assertThat(postStep(number, "clarify")).isEqualTo(403);

        browser.signIn("handler-a");
        browser.get("/console/requests/" + number);
        browser.type("clarify-correctionItems", "请写明所需环评报告的项目名称");
        browser.submit("#action-clarify button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isNotBlank();
        browser.screenshot("04-request-waiting");
        assertThat(status(number, receipt[1], "05-status-waiting")).contains("等待申请人补正", "政府信息公开申请补正告知书",
                "答复期限从收到补正后的申请之日起重新计算");

        browser.signIn("registrar-a");
        act(number, "clarified");

        browser.signIn("handler-a");
        browser.get("/console/requests/" + number);
        browser.choose("close-outcome", "PARTIALLY_DISCLOSED");
        browser.type("close-informationProvided", "环评报告正文");
        browser.type("close-provisionMethod", "电子邮件");
        browser.type("close-withheldParts", "附件中的个人信息，依据第十五条");
        browser.submit("#action-close button[type=submit]");
        assertThat(browser.find("#status-state").getText()).isEqualTo("按期办结");
        browser.screenshot("06-request-closed");

        String closed = status(number, receipt[1], "07-status-closed");
        assertThat(closed).contains("按期办结", "部分公开", "政府信息公开申请答复书", "收到补正后的申请").doesNotContain("区分处理");
    }

    @Test
    void aNormativeDocumentReviewedByASecondPublisherIsInTheCatalogue() throws IOException {
        browser.signIn("editor-a");
        browser.get("/console/publications");
        browser.type("title", "关于印发《测试市政务公开工作规范》的通知");
        browser.choose("kind", "NORMATIVE_DOCUMENT");
        browser.type("documentNumber", "测府规〔2025〕3号");
        browser.choose("article20Item", "1");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('issuedOn').value = '2025-05-28'");
        browser.submit("main form.stack button[type=submit]");
        assertThat(browser.find("#drafts").getText()).contains("本人起草，须由他人审核");

        browser.signIn("publisher-a");
        browser.get("/console/publications");
        browser.clickAndWait(browser.driver.findElement(org.openqa.selenium.By.xpath(
                "//table[@id='drafts']//tr[td[contains(., '测试市政务公开工作规范')]]//button")));
        browser.screenshot("08-console-publications");

        browser.driver.manage().deleteAllCookies();
        browser.get("/agencies/" + WebTestData.A + "/catalogue?kind=NORMATIVE_DOCUMENT");
        assertThat(browser.text()).contains("关于印发《测试市政务公开工作规范》的通知");
        browser.screenshot("09-catalogue");
        browser.clickAndWait(browser.driver.findElement(
                org.openqa.selenium.By.linkText("关于印发《测试市政务公开工作规范》的通知")));
        assertThat(browser.text()).contains("测府规〔2025〕3号", "行政规范性文件", "2025-05-28");
        browser.screenshot("10-publication");
    }

    @Test
    void anAdministratorPublishesTheAnnualReportAndThePublicSeesIt() throws IOException {
        browser.signIn("admin-a");
        browser.get("/console/reports?year=2024");
        assertThat(browser.find("#report-status").getText()).isEqualTo("草稿");
        browser.type("PROBLEMS_AND_IMPROVEMENTS", "依申请公开答复文书的规范性有待提高，已开展专项培训。");
        browser.submit("main form.stack button[type=submit]");
        browser.submit("#publish-report");
        assertThat(browser.find("#report-status").getText()).contains("已发布");
        browser.screenshot("11-console-report");

        browser.driver.manage().deleteAllCookies();
        browser.get("/agencies/" + WebTestData.A + "/reports");
        browser.clickAndWait(browser.driver.findElement(org.openqa.selenium.By.partialLinkText("2024")));
        assertThat(browser.text()).contains("测试市人民政府办公室2024年政府信息公开工作年度报告",
                "二、主动公开政府信息情况", "依申请公开答复文书的规范性有待提高");
        browser.screenshot("12-public-report");
    }

    @Test
    void aUserOfAgencyBOpeningAgencyAsRequestByAddressGets403() throws IOException {
        String number = applyOnline()[0];
        browser.signIn("clerk-b");
        browser.get("/console/requests/" + number);
        assertThat(browser.text()).contains("无权访问").doesNotContain(number);
        browser.screenshot("13-forbidden");
    }
}
