package org.gongkai.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A suggestion to the console: this information was given to several applicants; publish it proactively. */
public record ProactiveSuggestion(String informationKey, String title, int applicants, List<String> requestIds, LocalDate lastGivenOn) {

    public ProactiveSuggestion {
        Objects.requireNonNull(informationKey, "informationKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lastGivenOn, "lastGivenOn");
        requestIds = List.copyOf(requestIds);
    }

    /** Return the sentence shown in the console. */
    public String reason() {
        return "“" + title + "”已向 " + applicants + " 位申请人公开（最近一次 " + lastGivenOn
                + "），根据《政府信息公开条例》第四十四条，可以纳入主动公开范围。";
    }
}
