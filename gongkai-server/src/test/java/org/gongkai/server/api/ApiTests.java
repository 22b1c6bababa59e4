package org.gongkai.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:apitests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.main.allow-bean-definition-overriding=true",
    "gongkai.demo.enabled=false",
    "gongkai.search.index-directory=target/index/${random.uuid}",
    "gongkai.encryption.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
@AutoConfigureMockMvc
class ApiTests {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Fixtures.CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AgencyRepository agencies;

    private final ObjectMapper json = new ObjectMapper();

    private void agencies() {
        if (agencies.find(Fixtures.AGENCY).isEmpty()) {
            agencies.insert(new org.gongkai.agency.Agency(Fixtures.AGENCY, "测试市人民政府办公室",
                    java.util.Optional.empty()));
        }
    }

    private String submission(String clientKey) {
        return """
                {"clientKey": "%s", "agency": "TEST-A", "applicantType": "NATURAL_PERSON",
                 "applicantName": "欧阳明远", "applicantPhone": "13800138000", "subject": "申请公开某项目批复"}
                """.formatted(clientKey);
    }

    @Test
    void anIdNumberOrPhoneTheCoreRefusesIsA422NamingTheField() throws Exception {
        agencies();
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(submission("api-bad")
                        .replace("\"applicantPhone\": \"13800138000\"", "\"applicantPhone\": \"12345\", \"applicantIdNumber\": \"110105194912310021\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("applicantIdNumber：居民身份证号码的校验码（第 18 位）应为 X，填写的是 1，请核对号码（GB 11643）。"
                        + "applicantPhone：联系电话应为 11 位手机号码（如 13812345678），或带区号的固定电话（如 021-12345678，分机号写在 # 或“转”后），"
                        + "或 400、800 开头的 10 位服务电话。"));
    }

    @Test
    void submitThenFollowWithoutPersonalData() throws Exception {
        agencies();
        String body = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                        .content(submission("api-1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receivedOn").value("2025-06-02"))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        String number = json.readTree(body).get("trackingNumber").asString();

        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(submission("api-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingNumber").value(number));

        String followed = mvc.perform(get("/api/v1/requests/" + number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].type").value("RECEIVED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(followed).doesNotContain("欧阳", "13800138000");
        assertThat(fieldNames(json.readTree(followed))).containsAll(required("RequestStatus"));
    }

    @Test
    void errorsAreChineseSentencesWithTheRightStatus() throws Exception {
        mvc.perform(get("/api/v1/requests/NOPE-1")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("没有编号为 NOPE-1 的申请。"));
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("{\"clientKey\": 1"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("{\"clientKey\": \"x\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/agencies/TEST-A/reports/2024")).andExpect(status().isNotFound());
    }

    @Test
    void agenciesAndPublicationsMatchTheirSchemas() throws Exception {
        agencies();
        String agencies = mvc.perform(get("/api/v1/agencies")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fieldNames(json.readTree(agencies).get(0))).containsAll(required("Agency"));
        mvc.perform(get("/api/v1/agencies/NOPE/publications")).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheApiEndpoints() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/api/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(
                op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> served.add(m.name() + " " + p))));
        assertThat(served).isEqualTo(documented);
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("H2"));
    }

    private Set<String> required(String schema) throws Exception {
        JsonNode doc = json.readTree(getClass().getResourceAsStream("/api/openapi.json"));
        Set<String> names = new HashSet<>();
        doc.get("components").get("schemas").get(schema).get("required").forEach(n -> names.add(n.asString()));
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
