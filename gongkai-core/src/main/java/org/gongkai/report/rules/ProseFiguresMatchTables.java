package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Severity;

/**
 * A figure the prose states (e.g. "全年办理依申请公开 2 件") agrees with the tables. The prose is free
 * text read by a small set of patterns ({@link ProseFigure}), so a disagreement is a warning.
 */
final class ProseFiguresMatchTables implements ReportRule {

    @Override
    public String name() {
        return "prose.figures";
    }

    @Override
    public String basis() {
        return "《政府信息公开条例》第五十条：年度报告如实反映情况；正文所述数字应与表格一致";
    }

    @Override
    public List<Finding> check(AnnualReport report) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<ReportSection, String> section : new TreeMap<>(report.prose()).entrySet()) {
            for (ProseFigure figure : ProseFigure.values()) {
                Matcher match = figure.pattern.matcher(section.getValue());
                while (match.find()) {
                    check(report, figure, match.group().trim(), ProseFigure.stated(match.group(1)))
                            .ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(AnnualReport report, ProseFigure figure, String words, int stated) {
        Integer expected = figure.meanings.get(0).apply(report);
        if (expected == null) {
            return Optional.empty();
        }
        for (var meaning : figure.meanings) {
            if (Objects.equals(meaning.apply(report), stated)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Finding(name(), Severity.WARNING, figure.cells, String.valueOf(expected),
                String.valueOf(stated), "正文“" + words + "”与表格不符：" + figure.tableFigure + "为 " + expected
                        + " 件。"));
    }
}
