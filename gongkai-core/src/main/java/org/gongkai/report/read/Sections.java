package org.gongkai.report.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.ReportSection;

/**
 * Find the six section headings (一、总体情况 … 六、其他需要报告的事项) in the normalized text. Wording varies
 * between reports, so a heading is its numeral and 、 followed, within a short stretch without digits or a
 * line break, by one of its keywords.
 */
final class Sections {

    private static final Map<ReportSection, List<String>> KEYWORDS = new EnumMap<>(Map.of(
            ReportSection.OVERVIEW, List.of("总体情况", "概述"),
            ReportSection.PROACTIVE_DISCLOSURE, List.of("主动公开"),
            ReportSection.REQUESTS, List.of("收到和处理", "申请情况", "依申请公开"),
            ReportSection.APPEALS, List.of("复议", "诉讼"),
            ReportSection.PROBLEMS_AND_IMPROVEMENTS, List.of("问题", "改进"),
            ReportSection.OTHER_MATTERS, List.of("其他需要报告", "其他事项")));

    private static final String NUMERALS = "一二三四五六";
    private static final int WINDOW = 30;

    private final Map<ReportSection, Integer> starts = new EnumMap<>(ReportSection.class);
    private final int length;

    private Sections(String text) {
        length = text.length();
        int from = 0;
        for (ReportSection section : ReportSection.values()) {
            int at = find(text, NUMERALS.charAt(section.ordinal()), KEYWORDS.get(section), from);
            if (at >= 0) {
                starts.put(section, at);
                from = at + 1;
            }
        }
    }

    static Sections of(String text) {
        return new Sections(text);
    }

    /** Return where the section's heading starts, or -1 when it was not found. */
    int start(ReportSection section) {
        return starts.getOrDefault(section, -1);
    }

    /** Return where the next found heading after {@code section}'s place starts, or the text's end. */
    int endAfter(int position) {
        int end = length;
        for (int start : starts.values()) {
            if (start > position && start < end) {
                end = start;
            }
        }
        return end;
    }

    private static int find(String text, char numeral, List<String> keywords, int from) {
        for (int at = text.indexOf(numeral, from); at >= 0; at = text.indexOf(numeral, at + 1)) {
            int i = at + 1;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= text.length() || (text.charAt(i) != '、' && text.charAt(i) != '.')) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && end - i <= WINDOW && text.charAt(end) != '\n'
                    && !Material.isDigit(text.charAt(end))) {
                end++;
            }
            String window = text.substring(i + 1, end);
            for (String keyword : keywords) {
                if (window.contains(keyword)) {
                    return at;
                }
            }
        }
        return -1;
    }
}
