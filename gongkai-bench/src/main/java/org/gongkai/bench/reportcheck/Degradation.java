package org.gongkai.bench.reportcheck;

import java.util.List;
import java.util.Random;

/**
 * Damage a report's text as real published reports are damaged: group labels dropped, header rows
 * mangled, and a page break inside 表三 after which every row has an extra empty cell in front.
 */
final class Degradation {

    private static final List<String> GROUP_LABELS = List.of("三、本年度办理结果", "（三）不予公开", "（四）无法提供",
            "（五）不予处理", "（六）其他处理");
    private static final List<String[]> HEADER_DAMAGE = List.of(
            new String[] {"科研机构", "科研企业"},
            new String[] {"法律服务机构", "法律服务"},
            new String[] {"申请人情况", "申请人\t情况"},
            new String[] {"结果维持", "结果\t维持"},
            new String[] {"尚未审结", "尚未\n审结"},
            new String[] {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为："});
    private static final List<String> BREAK_BEFORE = List.of("没有现成信息", "补正后申请内容", "信访举报投诉", "重复申请",
            "要求提供公开出版物");

    private Degradation() {
    }

    static String apply(String text, Random random) {
        String out = text;
        for (String label : GROUP_LABELS) {
            if (random.nextBoolean()) {
                out = out.replace(label, "");
            }
        }
        for (String[] damage : HEADER_DAMAGE) {
            if (random.nextBoolean()) {
                out = out.replace(damage[0], damage[1]);
            }
        }
        return pageBreak(out, BREAK_BEFORE.get(random.nextInt(BREAK_BEFORE.size())), 2 + random.nextInt(3));
    }

    /** Break the page before the row naming {@code rowWords}: a footer, then every later 表三 row shifted by a cell. */
    private static String pageBreak(String text, String rowWords, int page) {
        int at = text.indexOf(rowWords);
        int tableEnd = text.indexOf("四、政府信息公开行政复议", at);
        if (at < 0 || tableEnd < 0) {
            return text;
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        StringBuilder out = new StringBuilder(text.substring(0, lineStart)).append("\n— ").append(page).append(" —\n\n");
        for (String line : text.substring(lineStart, tableEnd).split("\n", -1)) {
            out.append(line.isBlank() ? "" : "\t").append(line).append('\n');
        }
        return out.append(text.substring(tableEnd)).toString();
    }
}
