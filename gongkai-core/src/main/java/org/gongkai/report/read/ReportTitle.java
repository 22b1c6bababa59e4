package org.gongkai.report.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The agency and year a report's title names, e.g. {@code 上海市人民政府办公厅2019年政府信息公开工作年度报告}. */
record ReportTitle(String agency, Integer year) {

    private static final Pattern TITLE = Pattern.compile(
            "([^\\n\\t|]{0,60}?)\\s*((?:19|20)\\d\\d)\\s*年\\s*度?\\s*([^\\n\\t|]{0,40}?)\\s*政府信息公开工作年度报告");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d\\d)\\s*年\\s*1\\s*月\\s*1\\s*日");
    private static final int HEAD = 2000;

    static ReportTitle of(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        Matcher title = TITLE.matcher(head);
        if (title.find()) {
            String agency = clean(title.group(1));
            if (agency.isEmpty()) {
                agency = clean(title.group(3));
            }
            if (agency.isEmpty()) {
                agency = previousLine(head, title.start());
            }
            return new ReportTitle(agency, Integer.valueOf(title.group(2)));
        }
        Matcher period = PERIOD.matcher(head);
        return new ReportTitle("", period.find() ? Integer.valueOf(period.group(1)) : null);
    }

    private static String clean(String raw) {
        int start = 0;
        while (start < raw.length() && !TextNormalizer.isIdeograph(raw.charAt(start))) {
            start++;
        }
        String agency = raw.substring(start).replace(" ", "");
        if (agency.startsWith("标题:")) {
            agency = agency.substring(3);
        }
        for (int i = 0; i < agency.length(); i++) {
            if (!TextNormalizer.isIdeograph(agency.charAt(i)) && "()（）".indexOf(agency.charAt(i)) < 0) {
                return "";
            }
        }
        return agency;
    }

    private static String previousLine(String head, int titleStart) {
        int end = head.lastIndexOf('\n', titleStart - 1);
        if (end <= 0) {
            return "";
        }
        int start = head.lastIndexOf('\n', end - 1) + 1;
        String line = clean(head.substring(start, end));
        return line.length() <= 30 ? line : "";
    }
}
