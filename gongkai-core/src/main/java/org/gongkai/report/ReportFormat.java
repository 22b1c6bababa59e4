package org.gongkai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which national format a report follows (law-spec.md §1.8). What differs between the formats — the report year
 * each applies from, its legal source, the 表三 rows it has and how it labels them, whether its 表二 is the one
 * {@link Table2} models, and the words that tell its tables apart in published text — is dated data in
 * {@code org/gongkai/report/report-formats.csv} (one line per format), not code.
 */
public enum ReportFormat {
    /** 国办公开办函〔2019〕60号, the trial format: one （六）其他处理 row, older 表二. */
    FORMAT_2019("2019"),
    /** 国办公开办函〔2021〕30号, used from the 2021 annual reports on. */
    FORMAT_2021("2021");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    /** Return the format whose JSON code is {@code code}, or empty when there is none. */
    public static Optional<ReportFormat> ofCode(String code) {
        for (ReportFormat format : values()) {
            if (format.code.equals(code)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Return the format in force for the annual report of {@code year}: the one with the latest first report
     * year not after it, or empty for a year before the first national format.
     */
    public static Optional<ReportFormat> inForceFor(int year) {
        return Arrays.stream(values()).filter(f -> f.firstReportYear() <= year)
                .max((a, b) -> Integer.compare(a.firstReportYear(), b.firstReportYear()));
    }

    /** Return the newest format, the one a report states nothing else about is taken to follow. */
    public static ReportFormat latest() {
        return Arrays.stream(values()).max((a, b) -> Integer.compare(a.firstReportYear(), b.firstReportYear()))
                .orElseThrow();
    }

    /** Return the formats, newest first. */
    public static List<ReportFormat> newestFirst() {
        return Arrays.stream(values())
                .sorted((a, b) -> Integer.compare(b.firstReportYear(), a.firstReportYear())).toList();
    }

    /** Return the format's short code as used in JSON ({@code "2019"} or {@code "2021"}). */
    public String code() {
        return code;
    }

    /** Return the first report year the format applies to. */
    public int firstReportYear() {
        return data().firstReportYear;
    }

    /** Return the document that issued the format. */
    public String reference() {
        return data().reference;
    }

    /** Return whether 表三 of this format has the row (the 2019 format counts （六） in the single row OTHER). */
    public boolean hasRow(Table3Row row) {
        return !data().absentRows.contains(row);
    }

    /** Return the row label as this format prints it (in 2019 the single （六） row reads （六）其他处理). */
    public String label(Table3Row row) {
        return data().relabelled.getOrDefault(row, row.label());
    }

    /** Return the rows this format prints under another label than {@link Table3Row#label()}. */
    public Set<Table3Row> relabelledRows() {
        return data().relabelled.keySet();
    }

    /** Return the words only this format's 表三 prints, any one of which shows the format. */
    public List<String> table3Marks() {
        return data().table3Marks;
    }

    /** Return how this format lays out 表三, as a reader's note says it. */
    public String table3Layout() {
        return data().table3Layout;
    }

    /** Return whether this format's 表二 has the columns {@link Table2} models (the 2019 表二 has others). */
    public boolean table2InModel() {
        return data().table2InModel;
    }

    /** Return the words only this format's 表二 prints, any one of which shows the format. */
    public List<String> table2Marks() {
        return data().table2Marks;
    }

    /** Return how this format lays out 表二, as a reader's note says it. */
    public String table2Layout() {
        return data().table2Layout;
    }

    private Line data() {
        return Table.LINES.get(this);
    }

    private record Line(int firstReportYear, Set<Table3Row> absentRows, Map<Table3Row, String> relabelled,
            List<String> table3Marks, String table3Layout, boolean table2InModel, List<String> table2Marks,
            String table2Layout, String reference) {
    }

    /** The bundled report-formats.csv, read once on first use. */
    private static final class Table {

        static final String HEADER = "format,first_report_year,table3_absent_rows,table3_relabelled_rows,"
                + "table3_marks,table3_layout,table2_in_model,table2_marks,table2_layout,reference";
        static final Map<ReportFormat, Line> LINES = read();

        private static Map<ReportFormat, Line> read() {
            String[] lines = bundledCsv().strip().split("\\R");
            if (!lines[0].strip().equals(HEADER)) {
                throw error(1, "表头应为“" + HEADER + "”");
            }
            Map<ReportFormat, Line> read = new EnumMap<>(ReportFormat.class);
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", -1);
                if (f.length != 10) {
                    throw error(i + 1, "应有 10 列");
                }
                int line = i + 1;
                ReportFormat format = ofCode(f[0].strip()).orElseThrow(() -> error(line, "未知的格式“" + f[0] + "”"));
                try {
                    Set<Table3Row> absent = EnumSet.noneOf(Table3Row.class);
                    words(f[2]).forEach(name -> absent.add(Table3Row.valueOf(name)));
                    Map<Table3Row, String> relabelled = words(f[3]).stream().map(pair -> pair.split("=", 2))
                            .collect(Collectors.toMap(pair -> Table3Row.valueOf(pair[0]), pair -> pair[1],
                                    (a, b) -> a, () -> new EnumMap<>(Table3Row.class)));
                    read.put(format, new Line(Integer.parseInt(f[1].strip()), Set.copyOf(absent),
                            Map.copyOf(relabelled), words(f[4]), f[5].strip(), Boolean.parseBoolean(f[6].strip()),
                            words(f[7]), f[8].strip(), f[9].strip()));
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw error(i + 1, e.getMessage());
                }
            }
            for (ReportFormat format : values()) {
                if (!read.containsKey(format)) {
                    throw error(0, "缺少格式 " + format.code);
                }
            }
            return read;
        }

        private static List<String> words(String cell) {
            return cell.isBlank() ? List.of() : List.of(cell.strip().split(" +"));
        }

        private static IllegalStateException error(int line, String problem) {
            return new IllegalStateException("内置资源 report-formats.csv" + (line > 0 ? "第 " + line + " 行" : "") + "：" + problem);
        }

        private static String bundledCsv() {
            try (InputStream in = ReportFormat.class.getResourceAsStream("report-formats.csv")) {
                if (in == null) {
                    throw new IllegalStateException("缺少内置资源 report-formats.csv");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
