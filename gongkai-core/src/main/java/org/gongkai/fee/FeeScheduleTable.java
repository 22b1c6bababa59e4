package org.gongkai.fee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fee schedules as effective-dated data: CSV {@code schedule,effective_from,first_unit,rate_yuan,step_units,
 * step_yuan,reference}, one line per band (SOURCE.md beside the bundled file); the bands of one schedule and
 * start form one {@link FeeScale}, in force until the next start of the same schedule.
 */
public final class FeeScheduleTable {

    static final String HEADER = "schedule,effective_from,first_unit,rate_yuan,step_units,step_yuan,reference";

    private static final FeeScheduleTable BUNDLED = parseCsv("fee-schedules.csv", bundledCsv());

    private final List<FeeScale> scales;

    private FeeScheduleTable(List<FeeScale> scales) {
        this.scales = List.copyOf(scales);
    }

    /** Return the bundled table ({@code org/gongkai/fee/fee-schedules.csv}): the two schedules of 109号. */
    public static FeeScheduleTable bundled() {
        return BUNDLED;
    }

    /**
     * Parse a schedule table.
     *
     * @throws IllegalArgumentException naming the source, the line and the expected format
     */
    public static FeeScheduleTable parseCsv(String source, String csv) {
        String[] lines = csv.strip().split("\\R");
        if (!lines[0].strip().equals(HEADER)) {
            throw error(source, 1, "表头应为“" + HEADER + "”");
        }
        Map<ScaleKey, List<FeeBand>> bands = new LinkedHashMap<>();
        Map<ScaleKey, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", 7);
            if (f.length != 7 || f[6].isBlank()) {
                throw error(source, i + 1, "应有 7 列：收费方式,生效日期,起始单位,单价（元）,每档单位数,每档增加（元）,法律依据");
            }
            ScaleKey key = new ScaleKey(schedule(source, i + 1, f[0].strip()), date(source, i + 1, f[1].strip()));
            firstLine.putIfAbsent(key, i + 1);
            bands.computeIfAbsent(key, k -> new ArrayList<>()).add(band(source, i + 1, f));
        }
        if (bands.isEmpty()) {
            throw error(source, 2, "没有收费档次");
        }
        List<FeeScale> scales = new ArrayList<>();
        for (Map.Entry<ScaleKey, List<FeeBand>> entry : bands.entrySet()) {
            try {
                scales.add(new FeeScale(entry.getKey().schedule(), entry.getKey().from(), entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw error(source, firstLine.get(entry.getKey()), e.getMessage());
            }
        }
        return new FeeScheduleTable(scales);
    }

    private record ScaleKey(FeeSchedule schedule, LocalDate from) {
    }

    /** Return the scale of {@code schedule} in force on {@code day}, or empty before the first one. */
    public Optional<FeeScale> inForceOn(FeeSchedule schedule, LocalDate day) {
        return scales.stream()
                .filter(s -> s.schedule() == schedule && !s.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(FeeScale::effectiveFrom));
    }

    /** Return the earliest scale of {@code schedule}, or empty when the table has none. */
    public Optional<FeeScale> earliest(FeeSchedule schedule) {
        return scales.stream().filter(s -> s.schedule() == schedule).min(Comparator.comparing(FeeScale::effectiveFrom));
    }

    private static FeeSchedule schedule(String source, int line, String name) {
        for (FeeSchedule schedule : FeeSchedule.values()) {
            if (schedule.name().equals(name)) {
                return schedule;
            }
        }
        throw error(source, line, "收费方式“" + name + "”应为 PER_REQUEST（按件计收）或 PER_PAGE（按量计收）");
    }

    private static LocalDate date(String source, int line, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(source, line, "生效日期“" + text + "”不是 yyyy-mm-dd 格式的有效日期");
        }
    }

    private static FeeBand band(String source, int line, String[] f) {
        String first = f[2].strip();
        String steps = f[4].strip();
        String step = f[5].strip();
        if (!first.matches("[1-9][0-9]{0,8}")) {
            throw error(source, line, "起始单位“" + first + "”应为正整数");
        }
        if (steps.isEmpty() != step.isEmpty() || !steps.isEmpty() && !steps.matches("[1-9][0-9]{0,8}")) {
            throw error(source, line, "每档单位数和每档增加额应同时为空，或分别为正整数和金额");
        }
        return new FeeBand(Integer.parseInt(first), yuan(source, line, "单价", f[3].strip()),
                steps.isEmpty() ? 0 : Integer.parseInt(steps),
                step.isEmpty() ? BigDecimal.ZERO : yuan(source, line, "每档增加额", step), f[6].strip());
    }

    private static BigDecimal yuan(String source, int line, String what, String text) {
        if (!text.matches("[0-9]{1,9}(\\.[0-9]{1,2})?")) {
            throw error(source, line, what + "“" + text + "”应为不带符号的元数，最多两位小数");
        }
        return new BigDecimal(text);
    }

    private static IllegalArgumentException error(String source, int line, String problem) {
        return new IllegalArgumentException("收费标准表“" + source + "”第 " + line + " 行：" + problem);
    }

    private static String bundledCsv() {
        try (InputStream in = FeeScheduleTable.class.getResourceAsStream("fee-schedules.csv")) {
            if (in == null) {
                throw new IllegalStateException("缺少内置资源 fee-schedules.csv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
