package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/** Damage done to the sample reports' text the way crawlers and converters do it, for the reader's tests. */
final class Degrade {

    private static final Pattern SEVEN_FIGURES = Pattern.compile("(?m)^(.*?[^\\d\\t])\\t+((?:\\d+\\t+){6}\\d+)\\t*$");

    private Degrade() {
    }

    /** Return the text with the separators between a 表三 row's seven figures removed (rows of seven only). */
    static String flattenRowsOfSeven(String text) {
        Matcher m = SEVEN_FIGURES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "\t" + m.group(2).replaceAll("\\t+", "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where a 表三 row's figures stand in a text: the first run of its printed figures after its label. */
    record RowRun(Table3Row row, int start, String printed) {
    }

    /** Return the run of every 表三 row of {@code truth} whose figures appear, run together, after its label. */
    static List<RowRun> flatRuns(String text, AnnualReport truth) {
        List<RowRun> runs = new ArrayList<>();
        int cursor = 0;
        for (LabelSpec spec : Labels.table3(ReportFormat.FORMAT_2021)) {
            Table3Row row = Table3Row.valueOf(spec.key());
            int label = spec.find(text, cursor, text.length());
            if (label < 0 || truth.table3().cell(row, ApplicantColumn.TOTAL) == null) {
                continue;
            }
            cursor = label + 1;
            String printed = digits(truth.table3(), row);
            int at = text.indexOf(printed, label);
            if (at >= 0 && text.substring(label, at).chars().noneMatch(Character::isDigit)) {
                runs.add(new RowRun(row, at, printed));
            }
        }
        return runs;
    }

    static String digits(Table3 table, Table3Row row) {
        StringBuilder out = new StringBuilder();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            out.append(table.cell(row, column));
        }
        return out.toString();
    }

    /** Return the truth with one 表三 cell changed. */
    static AnnualReport with(AnnualReport truth, Table3Row row, ApplicantColumn column, Integer value) {
        return new AnnualReport(truth.agencyCode(), truth.agencyName(), truth.year(), truth.format(), truth.prose(),
                truth.table2(), truth.table3().with(row, column, value), truth.table4(), truth.findings());
    }

    /** Return how the digits split into {@code cells} figures without leading zeros: all splits, and those that add up. */
    static int[] splits(String digits, int cells) {
        int[] counts = new int[2];
        split(digits, 0, new ArrayList<>(), cells, counts);
        return counts;
    }

    private static void split(String digits, int from, List<Long> pieces, int cells, int[] counts) {
        if (pieces.size() == cells) {
            if (from == digits.length()) {
                counts[0]++;
                long sum = 0;
                for (int i = 0; i < cells - 1; i++) {
                    sum += pieces.get(i);
                }
                counts[1] += sum == pieces.get(cells - 1) ? 1 : 0;
            }
            return;
        }
        for (int end = from + 1; end <= digits.length() && end - from <= 9; end++) {
            if (end - from > 1 && digits.charAt(from) == '0') {
                break;
            }
            pieces.add(Long.parseLong(digits.substring(from, end)));
            split(digits, end, pieces, cells, counts);
            pieces.remove(pieces.size() - 1);
        }
    }
}
