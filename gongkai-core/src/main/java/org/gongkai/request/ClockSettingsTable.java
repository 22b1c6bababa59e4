package org.gongkai.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clock's settings as effective-dated data: CSV {@code setting,effective_from,value,reference}, one line per
 * value; a value holds from its start until the next start of the same setting (no end dates).
 */
public final class ClockSettingsTable {

    static final String HEADER = "setting,effective_from,value,reference";
    static final Set<String> INTEGER_SETTINGS = Set.of("replyWorkingDays", "extensionMaxWorkingDays",
            "clarificationNoticeWorkingDays", "consultationReplyWorkingDays", "feePaymentWorkingDays");
    static final Set<String> BOOLEAN_SETTINGS = Set.of("receiptDayCounts", "feeTimeExcluded", "emailReceivedOnArrival",
            "lateClarificationRestarts");

    private static final ClockSettingsTable BUNDLED = parseCsv("clock-settings.csv", bundledCsv());

    private final String source;
    private final List<Setting<?>> rows;

    private ClockSettingsTable(String source, List<Setting<?>> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
    }

    /** Return the bundled table ({@code org/gongkai/request/clock-settings.csv}). */
    public static ClockSettingsTable bundled() {
        return BUNDLED;
    }

    /**
     * Parse a settings table.
     *
     * @throws IllegalArgumentException naming the source, the line and the expected format
     */
    public static ClockSettingsTable parseCsv(String source, String csv) {
        String[] lines = csv.strip().split("\\R");
        if (!lines[0].strip().equals(HEADER)) {
            throw error(source, 1, "表头应为“" + HEADER + "”");
        }
        List<Setting<?>> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Setting<?> row = parseLine(source, i + 1, lines[i]);
            if (!seen.add(row.name() + "@" + row.effectiveFrom())) {
                throw error(source, i + 1, "设置 " + row.name() + " 在 " + row.effectiveFrom() + " 生效的值重复出现");
            }
            rows.add(row);
        }
        return new ClockSettingsTable(source, rows);
    }

    private static Setting<?> parseLine(String source, int line, String text) {
        String[] f = text.split(",", 4);
        if (f.length != 4 || f[3].isBlank()) {
            throw error(source, line, "应有 4 列：设置名,生效日期,值,法律依据");
        }
        String name = f[0].strip();
        LocalDate from;
        try {
            from = LocalDate.parse(f[1].strip());
        } catch (DateTimeParseException e) {
            throw error(source, line, "生效日期“" + f[1].strip() + "”不是 yyyy-mm-dd 格式的有效日期");
        }
        try {
            return new Setting<>(name, parseValue(name, f[2].strip()), from, f[3].strip());
        } catch (IllegalArgumentException e) {
            throw error(source, line, e.getMessage());
        }
    }

    /**
     * Return {@code value} as the type of setting {@code name}: a positive number of working days, or a boolean.
     *
     * @throws IllegalArgumentException (Chinese message) for an unknown name or a value of the wrong form
     */
    static Object parseValue(String name, String value) {
        if (INTEGER_SETTINGS.contains(name)) {
            if (!value.matches("[1-9][0-9]{0,2}")) {
                throw new IllegalArgumentException("设置 " + name + " 的值“" + value + "”应为正整数（工作日数）");
            }
            return Integer.valueOf(value);
        }
        if (BOOLEAN_SETTINGS.contains(name)) {
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException("设置 " + name + " 的值“" + value + "”应为 true 或 false");
            }
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException("未知的设置名“" + name + "”");
    }

    /**
     * Return the settings in force on {@code day}: for each, the value with the newest start on or before it.
     *
     * @throws IllegalArgumentException if some setting has no value in force that day
     */
    public ClockSettings inForceOn(LocalDate day) {
        return new ClockSettings(
                integer("replyWorkingDays", day),
                integer("extensionMaxWorkingDays", day),
                integer("clarificationNoticeWorkingDays", day),
                integer("consultationReplyWorkingDays", day),
                integer("feePaymentWorkingDays", day),
                bool("receiptDayCounts", day),
                bool("feeTimeExcluded", day),
                bool("emailReceivedOnArrival", day),
                bool("lateClarificationRestarts", day));
    }

    /** Return the newest value of every setting. */
    public ClockSettings latest() {
        return inForceOn(LocalDate.MAX);
    }

    @SuppressWarnings("unchecked")
    private Setting<Integer> integer(String name, LocalDate day) {
        return (Setting<Integer>) find(name, day);
    }

    @SuppressWarnings("unchecked")
    private Setting<Boolean> bool(String name, LocalDate day) {
        return (Setting<Boolean>) find(name, day);
    }

    private Setting<?> find(String name, LocalDate day) {
        Optional<Setting<?>> found = rows.stream()
                .filter(r -> r.name().equals(name) && !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Setting::effectiveFrom));
        return found.orElseThrow(() -> new IllegalArgumentException(
                "设置表“" + source + "”中，设置 " + name + " 在 " + day + " 没有生效的值"));
    }

    private static IllegalArgumentException error(String source, int line, String problem) {
        return new IllegalArgumentException("设置表“" + source + "”第 " + line + " 行：" + problem);
    }

    private static String bundledCsv() {
        try (InputStream in = ClockSettingsTable.class.getResourceAsStream("clock-settings.csv")) {
            if (in == null) {
                throw new IllegalStateException("缺少内置资源 clock-settings.csv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
