package org.gongkai.bench.reportcheck;

import java.util.regex.Pattern;

/** Flatten a written report to text with tabs between cells, as copying from a browser or a crawler does. */
final class Flattening {

    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</(?:p|h\\d|div|li|tr|table|title)>");
    private static final Pattern CELL_END = Pattern.compile("</t[dh]>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern STYLE = Pattern.compile("(?s)<(style|head)>.*?</\\1>");

    private Flattening() {
    }

    static String htmlToText(String html) {
        String text = STYLE.matcher(html).replaceAll("");
        text = text.replace("\n", "");
        text = BREAK.matcher(text).replaceAll("\n");
        text = CELL_END.matcher(text).replaceAll("\t");
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    static String markdownToText(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("|")) {
                if (stripped.matches("[|\\-: ]+")) {
                    continue;
                }
                String inner = stripped.substring(1, stripped.endsWith("|") ? stripped.length() - 1 : stripped.length());
                out.append(inner.replaceAll("\\s*\\|\\s*", "\t").strip()).append('\n');
            } else {
                out.append(line.replace("**", "").replaceFirst("^#+\\s*", "")).append('\n');
            }
        }
        return out.toString();
    }
}
