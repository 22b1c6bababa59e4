package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One holiday notice, or one change to it, in force from {@code effectiveFrom}: the days off (放假) and
 * make-up working days (调休上班) it lists.
 *
 * <p>The CSV shape is that of {@code holidays-cn.csv}: a header {@code date,kind,name}, then one line per
 * day, {@code kind} being {@code off} or {@code work}. A revision may only list days on or after the day it
 * takes effect, and {@code work} only on a Saturday or Sunday (an ordinary weekday is a working day anyway).
 *
 * <p>The years a revision <em>covers</em> (makes known to the calendar) are those in which it lists a day
 * from January to November: a new year's notice also lists the previous December's days of its 元旦
 * period, which must not make that earlier year look known.
 */
public final class CalendarRevision {

    static final String HEADER = "date,kind,name";
    private static final String FORMAT = "应为“日期,类型,名称”，如 2025-10-01,off,国庆节（类型为 off 或 work）";

    /** The kind of a listed day. */
    public enum Kind { OFF, WORK }

    /** A listed day. */
    public record Entry(LocalDate date, Kind kind, String name) {}

    private final String name;
    private final LocalDate effectiveFrom;
    private final Map<LocalDate, Entry> entries;
    private final Set<Integer> coveredYears;

    private CalendarRevision(String name, LocalDate effectiveFrom, Map<LocalDate, Entry> entries) {
        this.name = name;
        this.effectiveFrom = effectiveFrom;
        this.entries = Collections.unmodifiableMap(entries);
        Set<Integer> years = new TreeSet<>();
        entries.keySet().stream().filter(d -> d.getMonth() != Month.DECEMBER).forEach(d -> years.add(d.getYear()));
        this.coveredYears = Collections.unmodifiableSet(years);
    }

    /**
     * Parse a revision from CSV text.
     *
     * @param name how the trace cites the revision, e.g. {@code 国办发明电〔2020〕1号（延长2020年春节假期）}
     * @throws CalendarDataException naming the revision, the line and the expected format
     */
    public static CalendarRevision parseCsv(String name, LocalDate effectiveFrom, String csv) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(csv, "csv");
        String[] lines = csv.strip().split("\\R");
        if (!lines[0].strip().replace("\uFEFF", "").equals(HEADER)) {
            throw error(name, 1, "表头应为“" + HEADER + "”，实际为“" + lines[0].strip() + "”");
        }
        Map<LocalDate, Entry> entries = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Entry entry = parseLine(name, i + 1, lines[i]);
            if (entry.date().isBefore(effectiveFrom)) {
                throw error(name, i + 1, "日期 " + entry.date() + " 早于本次安排的生效日 " + effectiveFrom
                        + "，不能追溯改变已经过去的日子");
            }
            if (entries.putIfAbsent(entry.date(), entry) != null) {
                throw error(name, i + 1, "日期 " + entry.date() + " 重复出现");
            }
        }
        if (entries.isEmpty()) {
            throw error(name, lines.length, "没有任何日期行；" + FORMAT);
        }
        return new CalendarRevision(name, effectiveFrom, entries);
    }

    private static Entry parseLine(String revision, int lineNumber, String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            throw error(revision, lineNumber, "有 " + fields.length + " 列，" + FORMAT);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw error(revision, lineNumber, "日期“" + fields[0].strip() + "”不是 yyyy-mm-dd 格式的有效日期");
        }
        Kind kind = switch (fields[1].strip()) {
            case "off" -> Kind.OFF;
            case "work" -> Kind.WORK;
            default -> throw error(revision, lineNumber,
                    "类型“" + fields[1].strip() + "”无效，应为 off（放假）或 work（调休上班）");
        };
        String dayName = fields[2].strip();
        if (dayName.isEmpty()) {
            throw error(revision, lineNumber, "缺少节日名称；" + FORMAT);
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (kind == Kind.WORK && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw error(revision, lineNumber, date + " 是周一至周五，本来就是工作日；work 只用于周六或周日的调休上班");
        }
        return new Entry(date, kind, dayName);
    }

    private static CalendarDataException error(String revision, int line, String problem) {
        return new CalendarDataException("节假日安排“" + revision + "”第 " + line + " 行：" + problem);
    }

    public String name() {
        return name;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** Return the listed days, in file order; unmodifiable. */
    public Map<LocalDate, Entry> entries() {
        return entries;
    }

    /** Return the years this revision makes known to the calendar; unmodifiable. */
    public Set<Integer> coveredYears() {
        return coveredYears;
    }
}
