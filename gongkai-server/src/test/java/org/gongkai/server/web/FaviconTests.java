package org.gongkai.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class FaviconTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageLinksTheIconAndItIsServed() throws Exception {
        String href = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .select("link[rel=icon]").attr("href");
        assertThat(href).isEqualTo("/favicon.svg");
        String svg = mvc.perform(get(href)).andExpect(status().isOk()).andExpect(content().contentType("image/svg+xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }
}
