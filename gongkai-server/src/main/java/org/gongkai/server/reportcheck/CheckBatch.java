package org.gongkai.server.reportcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.rules.PublishedAcrossYears;

/**
 * A batch of checked reports seen together: each report whose agency and year were read is checked against
 * the same agency's report of the year before, if the batch has it ({@link PublishedAcrossYears}), and the
 * reports of one year can be compared across agencies.
 */
public final class CheckBatch {

    private CheckBatch() {
    }

    /** Return the files, in the same order, each with its findings against the year before added. */
    public static List<CheckedFile> acrossYears(List<CheckedFile> files) {
        Map<String, CheckedFile> byAgencyYear = new LinkedHashMap<>();
        for (CheckedFile file : files) {
            String key = key(file);
            if (key != null) {
                byAgencyYear.putIfAbsent(key, file);
            }
        }
        List<CheckedFile> out = new ArrayList<>(files.size());
        for (CheckedFile file : files) {
            String key = key(file);
            CheckedFile lastYear = key == null ? null : byAgencyYear.get(agency(file) + "\u0000" + (year(file) - 1));
            if (lastYear == null) {
                out.add(file);
                continue;
            }
            List<Finding> findings = new ArrayList<>(file.findings());
            findings.addAll(PublishedAcrossYears.check(file.read().report(), lastYear.read().report()));
            out.add(new CheckedFile(file.file(), file.read(), findings, file.failure()));
        }
        return out;
    }

    /** Return, for every year with reports of two agencies or more, those reports in agency order. */
    public static Map<Integer, List<CheckedFile>> sameYear(List<CheckedFile> files) {
        Map<Integer, Map<String, CheckedFile>> years = new TreeMap<>();
        for (CheckedFile file : files) {
            if (key(file) != null) {
                years.computeIfAbsent(year(file), y -> new TreeMap<>()).putIfAbsent(agency(file), file);
            }
        }
        Map<Integer, List<CheckedFile>> out = new TreeMap<>();
        years.forEach((year, agencies) -> {
            if (agencies.size() > 1) {
                out.put(year, List.copyOf(agencies.values()));
            }
        });
        return out;
    }

    private static String key(CheckedFile file) {
        if (!file.isReadable()) {
            return null;
        }
        AnnualReport report = file.read().report();
        return report.agencyName().isEmpty() || report.year() == null ? null : agency(file) + "\u0000" + year(file);
    }

    private static String agency(CheckedFile file) {
        return file.read().report().agencyName();
    }

    private static int year(CheckedFile file) {
        return file.read().report().year();
    }
}
