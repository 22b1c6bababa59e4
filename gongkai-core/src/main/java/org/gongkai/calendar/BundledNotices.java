package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Split the bundled {@code holidays-cn.csv} into the notices that decided its days ({@code notices.csv}:
 * {@code effective_from,name,year,amended_dates}), so that each day is explained by its own notice.
 *
 * <p>A listed day belongs to the amending notice that names it, else to the annual notice of its year; a
 * December day belongs to the next year's notice (its 元旦 period).
 */
final class BundledNotices {

    private record Notice(LocalDate effectiveFrom, String name, int year, Set<LocalDate> amendedDates) {
        boolean annual() {
            return amendedDates.isEmpty();
        }
    }

    private BundledNotices() {}

    static List<CalendarRevision> revisions() {
        List<Notice> notices = notices(resource("notices.csv"));
        Map<Notice, StringBuilder> csv = new LinkedHashMap<>();
        notices.forEach(n -> csv.put(n, new StringBuilder(CalendarRevision.HEADER).append('\n')));
        String[] lines = resource("holidays-cn.csv").strip().split("\\R");
        for (int i = 1; i < lines.length; i++) {
            LocalDate date = LocalDate.parse(lines[i].substring(0, lines[i].indexOf(',')));
            csv.get(noticeOf(notices, date)).append(lines[i]).append('\n');
        }
        return notices.stream()
                .map(n -> CalendarRevision.parseCsv(n.name(), n.effectiveFrom(), csv.get(n).toString()))
                .toList();
    }

    private static Notice noticeOf(List<Notice> notices, LocalDate date) {
        int year = date.getMonth() == Month.DECEMBER ? date.getYear() + 1 : date.getYear();
        return notices.stream().filter(n -> n.amendedDates().contains(date)).findFirst()
                .or(() -> notices.stream().filter(n -> n.annual() && n.year() == year).findFirst())
                .orElseThrow(() -> new IllegalStateException("notices.csv names no notice for " + date));
    }

    private static List<Notice> notices(String text) {
        List<Notice> notices = new ArrayList<>();
        String[] lines = text.strip().split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            Set<LocalDate> amended = new TreeSet<>();
            Arrays.stream(f[3].strip().split(" ")).filter(s -> !s.isEmpty()).forEach(s -> amended.add(LocalDate.parse(s)));
            notices.add(new Notice(LocalDate.parse(f[0]), f[1], Integer.parseInt(f[2]), amended));
        }
        return notices;
    }

    private static String resource(String name) {
        try (InputStream in = BundledNotices.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
