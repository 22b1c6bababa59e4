package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Table4Column;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's 表四 register: list by year, register, record the result, correct with a reason, who may. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:appealconsole;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "gongkai.demo.enabled=false",
    "gongkai.search.index-directory=target/index/${random.uuid}",
    "gongkai.encryption.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
@AutoConfigureMockMvc
@Import(WebTestData.class)
class AppealConsoleTests {

    private static final RequestPostProcessor HANDLER = user("handler-a").roles("HANDLER");
    private static final RequestPostProcessor ADMIN = user("manager-a").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestService requests;

    @Autowired
    ReportService reports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startWithAnEmptyRegister() {
        jdbc.sql("delete from appeal").update();
        jdbc.sql("delete from report_amendment").update();
        jdbc.sql("delete from annual_report").update();
        jdbc.sql("delete from serial_counter where series = 'APPEAL'").update();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder form(String path, RequestPostProcessor who, String... fields) {
        MockHttpServletRequestBuilder post = post(path).with(who).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post;
    }

    private String aRequest() {
        return requests.register(Actor.system("test"), new RequestService.Submission(null, WebTestData.A,
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON, new ReceiptFacts(Optional.of(LocalDate.of(2025, 3, 3)),
                        Optional.empty(), Optional.empty()), new Applicant("欧阳明远", null, null, null), "某项目立项批复"))
                .request().request().id();
    }

    /** What the audit log says about {@code id} after its first {@code skip} entries (earlier tests' same id). */
    private List<String> appealAudit(String id, int skip) {
        return audit.about(id).stream().skip(skip).map(e -> e.actor() + " " + e.action() + " " + e.detail()).toList();
    }

    @Test
    void aHandlerRegistersDecidesAndCorrectsAnAppealAndTable4CountsIt() throws Exception {
        String tracking = aRequest();
        assertThat(page("/console/appeals?year=2025", HANDLER)).contains("2025 年没有登记的行政复议或行政诉讼。");

        String id = "A-" + WebTestData.A + "-2025-001";
        int earlier = audit.about(id).size();
        mvc.perform(form("/console/appeals", HANDLER, "kind", "REVIEW", "filedOn", "2025-04-01", "request", tracking,
                        "caseNumber", "测复〔2025〕7号", "body", "测试市人民政府"))
                .andExpect(redirectedUrl("/console/appeals/" + id));
        mvc.perform(form("/console/appeals", ADMIN, "kind", "LITIGATION_AFTER_REVIEW", "filedOn", "2025-05-10",
                        "coDefendant", "true", "body", "测试市中级人民法院"))
                .andExpect(redirectedUrl("/console/appeals/A-" + WebTestData.A + "-2025-002"));

        String list = page("/console/appeals?year=2025", HANDLER);
        assertThat(list).contains("2025 年立案的行政复议和行政诉讼，共 2 件", id, "测复〔2025〕7号", "尚未审结",
                "不计入（复议机关作共同被告）");
        assertThat(page("/console/appeals?year=2024", HANDLER)).contains("2024 年没有登记");
        assertThat(page("/console/requests/" + tracking, HANDLER)).contains("id=\"request-appeals\"",
                "行政复议，2025-04-01 立案，尚未审结");

        mvc.perform(form("/console/appeals/" + id + "/decision", HANDLER, "result", "CORRECTED", "decidedOn", "2025-05-20",
                "readVersion", "1")).andExpect(redirectedUrl("/console/appeals/" + id));
        assertThat(page("/console/appeals/" + id, HANDLER)).contains("结果纠正（2025-05-20 审结）");

        String refused = mvc.perform(form("/console/appeals/" + id, HANDLER, "kind", "REVIEW", "filedOn", "2025-04-02",
                        "request", tracking, "caseNumber", "测复〔2025〕7号", "body", "测试市人民政府", "readVersion", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写修改理由。").contains("value=\"2025-04-02\"");
        mvc.perform(form("/console/appeals/" + id, HANDLER, "kind", "REVIEW", "filedOn", "2025-04-02",
                        "request", tracking, "caseNumber", "测复〔2025〕8号", "body", "测试市人民政府", "readVersion", "2",
                        "reason", "案号和立案日期按复议机关的受理通知书更正"))
                .andExpect(redirectedUrl("/console/appeals/" + id));

        assertThat(appealAudit(id, earlier)).containsExactly(
                "handler-a APPEAL_REGISTERED 行政复议，2025-04-01",
                "handler-a APPEAL_DECIDED 结果纠正，2025-05-20",
                "handler-a APPEAL_EDITED 立案日期：2025-04-01 → 2025-04-02；案号：测复〔2025〕7号 → 测复〔2025〕8号；"
                        + "理由：案号和立案日期按复议机关的受理通知书更正");
        assertThat(page("/console/appeals/" + id, HANDLER)).contains("handler-a：修改，立案日期：2025-04-01 → 2025-04-02");

        AnnualReport report = reports.compile(WebTestData.A, 2025);
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.CORRECTED)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL)).isZero();
    }

    @Test
    void badInputIsShownAgainAndNothingIsStored() throws Exception {
        String page = mvc.perform(form("/console/appeals", HANDLER, "kind", "REVIEW", "filedOn", "2025-13-01",
                        "caseNumber", "测复〔2025〕9号"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("立案日期：“2025-13-01”不是 yyyy-mm-dd 格式的有效日期。", "value=\"测复〔2025〕9号\"");
        assertThat(mvc.perform(form("/console/appeals", HANDLER, "kind", "LITIGATION_DIRECT", "filedOn", "2025-05-01",
                        "coDefendant", "true")).andReturn().getResponse().getContentAsString())
                .contains("只有复议后起诉的案件才可能以复议机关身份作为共同被告；未经复议直接起诉不能这样标注。");
        assertThat(mvc.perform(form("/console/appeals", HANDLER, "filedOn", "2025-05-01"))
                .andReturn().getResponse().getContentAsString()).contains("类别：请选择行政复议、未经复议直接起诉或复议后起诉。");
        assertThat(jdbc.sql("select count(*) from appeal").query(Integer.class).single()).isZero();
    }

    @Test
    void aPublishedYearNeedsAnAmendmentReason() throws Exception {
        jdbc.sql("insert into annual_report (agency, calendar_year, published, version) values (?, 2024, true, 1)")
                .param(WebTestData.A).update();
        assertThat(mvc.perform(form("/console/appeals", HANDLER, "kind", "REVIEW", "filedOn", "2024-11-01"))
                .andReturn().getResponse().getContentAsString())
                .contains("2024 年度报告已经发布，该年度的数据已锁定。");
        assertThat(jdbc.sql("select count(*) from appeal").query(Integer.class).single()).isZero();

        mvc.perform(form("/console/appeals", HANDLER, "kind", "REVIEW", "filedOn", "2024-11-01",
                "amendmentReason", "漏登的复议案件")).andExpect(redirectedUrl("/console/appeals/A-" + WebTestData.A + "-2024-001"));
        assertThat(jdbc.sql("select description || '；' || reason from report_amendment").query(String.class).list())
                .containsExactly("登记行政复议 A-" + WebTestData.A + "-2024-001；漏登的复议案件");
    }

    @Test
    void onlyHandlersAndAdministratorsOfTheAgencyKeepTheRegister() throws Exception {
        mvc.perform(form("/console/appeals", HANDLER, "kind", "REVIEW", "filedOn", "2025-04-01")).andExpect(status().is3xxRedirection());
        String id = "/console/appeals/A-" + WebTestData.A + "-2025-001";
        for (RequestPostProcessor other : List.of(user("publisher-a").roles("PUBLISHER"),
                user("supervisor-a").roles("SUPERVISOR"), user("registrar-a").roles("REGISTRAR"))) {
            mvc.perform(get("/console/appeals").with(other)).andExpect(status().isForbidden());
            mvc.perform(get(id).with(other)).andExpect(status().isForbidden());
            mvc.perform(form("/console/appeals", other, "kind", "REVIEW", "filedOn", "2025-04-01"))
                    .andExpect(status().isForbidden());
        }
        RequestPostProcessor otherAgency = user("clerk-b").roles("REGISTRAR", "HANDLER");
        mvc.perform(get(id).with(otherAgency)).andExpect(status().isForbidden());
        mvc.perform(form(id + "/decision", otherAgency, "result", "UPHELD", "decidedOn", "2025-05-01", "readVersion", "1"))
                .andExpect(status().isForbidden());
        assertThat(page("/console/appeals", user("clerk-b").roles("HANDLER"))).doesNotContain("A-" + WebTestData.A);
        assertThat(page("/console", HANDLER)).contains("href=\"/console/appeals\"");
        assertThat(jdbc.sql("select count(*) from appeal").query(Integer.class).single()).isEqualTo(1);
    }
}
