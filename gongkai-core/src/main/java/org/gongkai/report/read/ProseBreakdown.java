package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Severity;

/**
 * The prose's own breakdown of the requests answered adds up: when the prose states how many requests were
 * answered (答复/办结 N 件) and, within the next two sentences, how many were 予以公开(及部分公开), 不予公开, 无法提供, 不予处理 and
 * 其他处理, the five parts must add up to the whole. The table rules cannot see this: each part may even
 * agree with a table cell while the sum does not.
 */
final class ProseBreakdown {

    static final String RULE = "prose.breakdown";

    private static final Pattern ANSWERED = Pattern.compile("(?:答复|办结|办理)[^。；\\d]{0,20}?(\\d+)\\s*件");
    private static final Pattern[] PARTS = java.util.stream.Stream.of(
                    "予以公开(?:及部分公开)?", "不予公开", "无法提供", "不予处理", "其他处理")
            .map(part -> Pattern.compile(part + "[^。；，,\\d]{0,4}?(\\d+)\\s*件"))
            .toArray(Pattern[]::new);
    private static final int REACH = 400;
    private static final int SENTENCES = 2;

    private ProseBreakdown() {
    }

    static List<Finding> check(Map<ReportSection, String> prose) {
        List<Finding> findings = new ArrayList<>();
        for (String text : prose.values()) {
            Matcher answered = ANSWERED.matcher(text);
            while (answered.find()) {
                String after = text.substring(answered.end(), Math.min(text.length(), answered.end() + REACH));
                int end = -1;
                for (int n = 0; n < SENTENCES && end + 1 < after.length(); n++) {
                    int next = after.indexOf('。', end + 1);
                    end = next < 0 ? after.length() : next;
                }
                String sentences = after.substring(0, Math.max(end, 0));
                Integer sum = parts(sentences);
                int total = Integer.parseInt(answered.group(1));
                if (sum != null && sum != total) {
                    findings.add(new Finding(RULE, Severity.WARNING, List.of(), String.valueOf(total),
                            String.valueOf(sum), "正文称答复 " + total + " 件，但其后分列的予以公开、不予公开、无法提供、"
                                    + "不予处理、其他处理合计 " + sum + " 件，两者不符。"));
                }
            }
        }
        return findings;
    }

    /** Return the sum of the five parts when the stretch states all five, else {@code null}. */
    private static Integer parts(String stretch) {
        int sum = 0;
        for (Pattern part : PARTS) {
            Matcher m = part.matcher(stretch);
            if (!m.find()) {
                return null;
            }
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }
}
