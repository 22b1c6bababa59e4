package org.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample reports damaged the way published texts are (cells run together, rows left out), each kind of
 * damage on every sample it applies to: what the text decides is read, what it does not is left unread, and
 * the rules then judge what was read.
 */
class DegradedSamplesTests {

    private static final String SEED = SampleReports.read(SampleReports.seed());
    private static final String PINGTAN = SampleReports.read(SampleReports.folder().resolve("pingtan-zone-2023.txt"));

    /** Texts whose 表三 rows are runs of digits with no separators, with their truth. */
    static Stream<Arguments> flatSamples() {
        return Stream.of(
                Arguments.of("seed, flattened", Degrade.flattenRowsOfSeven(SEED), SampleReports.truth(SampleReports.seed())),
                Arguments.of("pingtan-zone-2023", PINGTAN,
                        SampleReports.truth(SampleReports.folder().resolve("pingtan-zone-2023.txt"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flatSamples")
    void flattenedRowsReadAsTheTruth(String name, String text, AnnualReport truth) {
        ReadAccuracy accuracy = ReadAccuracy.of(truth, ReportReader.readText(text).report());

        assertThat(Degrade.flatRuns(text, truth)).hasSizeGreaterThan(10);
        assertThat(accuracy.wrong()).isEmpty();
        assertThat(accuracy.claimed()).isEmpty();
        assertThat(accuracy.unread()).noneMatch(cell -> cell.startsWith("table3."));
    }

    /**
     * Pattern 1: a row's 总计 printed 0. Where the digit count leaves one split, the row is read as printed and
     * the rules flag its sum; where several splits exist and none adds up, that is itself the arithmetic error.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("flatSamples")
    void aTotalPrintedZeroIsReadWhereTheDigitsDecideAndFlaggedEitherWay(String name, String text, AnnualReport truth) {
        int decided = 0;
        int cannotAddUp = 0;
        for (Degrade.RowRun run : Degrade.flatRuns(text, truth)) {
            Table3Row row = run.row();
            int total = truth.table3().cell(row, ApplicantColumn.TOTAL);
            if (total == 0) {
                continue;
            }
            String parts = run.printed().substring(0, run.printed().length() - String.valueOf(total).length());
            String degraded = text.substring(0, run.start()) + parts + "0"
                    + text.substring(run.start() + run.printed().length());
            int[] splits = Degrade.splits(parts + "0", ApplicantColumn.values().length);
            ReadReport read = ReportReader.readText(degraded);
            List<Finding> findings = ReportCheck.check(read);
            ReadAccuracy accuracy = ReadAccuracy.of(Degrade.with(truth, row, ApplicantColumn.TOTAL, 0), read.report());

            assertThat(accuracy.wrong()).as(row + " " + parts + "0").isEmpty();
            assertThat(accuracy.claimed()).as(row.name()).isEmpty();
            if (splits[0] == 1) {
                decided++;
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    assertThat(read.report().table3().cell(row, column)).as(row + "." + column)
                            .isEqualTo(column == ApplicantColumn.TOTAL ? 0 : truth.table3().cell(row, column));
                }
                assertThat(findings).as(row.name()).anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo("table3.rowTotal");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.cells()).contains(CellRef.table3(row, ApplicantColumn.TOTAL).name());
                    assertThat(f.expected()).isEqualTo(String.valueOf(total));
                    assertThat(f.found()).isEqualTo("0");
                });
            } else if (splits[1] == 0) {
                cannotAddUp++;
                assertThat(findings).as(row.name()).filteredOn(f -> f.rule().equals("table3.rowCannotAddUp"))
                        .singleElement().satisfies(f -> {
                            assertThat(f.severity()).isEqualTo(Severity.ERROR);
                            assertThat(f.cells()).containsExactly("table3." + row.name());
                            assertThat(f.message()).isEqualTo("表三“" + CellRef.rowLabel("table3", row.name()) + "”行印为“"
                                    + parts + "0”，无论怎样拆分，本行都不能相加相符（总计应等于各栏之和）。");
                        });
                assertThat(read.report().table3().cell(row, ApplicantColumn.TOTAL)).isNull();
                assertThat(findings).filteredOn(f -> f.rule().equals("read.unreadCells"))
                        .allSatisfy(f -> assertThat(f.cells()).noneMatch(c -> c.startsWith("table3." + row.name() + ".")));
            }
        }
        assertThat(decided + cannotAddUp).as("rows damaged").isPositive();
    }

    @Test
    void bothKindsOfBrokenRowOccurAcrossTheSamples() {
        List<String> kinds = new ArrayList<>();
        flatSamples().forEach(args -> {
            String text = (String) args.get()[1];
            AnnualReport truth = (AnnualReport) args.get()[2];
            for (Degrade.RowRun run : Degrade.flatRuns(text, truth)) {
                int total = truth.table3().cell(run.row(), ApplicantColumn.TOTAL);
                String parts = run.printed().substring(0, run.printed().length() - String.valueOf(total).length());
                int[] splits = Degrade.splits(parts + "0", 7);
                if (total > 0) {
                    kinds.add(splits[0] == 1 ? "decided" : splits[1] == 0 ? "cannotAddUp" : "other");
                }
            }
        });

        assertThat(kinds).contains("decided", "cannotAddUp");
    }

    /** Pattern 2: 表四 as one run of fifteen single digits, adding up or not, is read digit by digit. */
    @Test
    void table4AsOneRunOfFifteenDigitsIsRead() {
        Random random = new Random(20);
        String seedRow = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
        String pingtanRow = "110024001510102";
        assertThat(SEED).contains(seedRow);
        assertThat(PINGTAN).contains(pingtanRow);
        for (int trial = 0; trial < 40; trial++) {
            int[] digits = new int[15];
            for (int g = 0; g < 3; g++) {
                int sum = 0;
                for (int c = 0; c < 4; c++) {
                    digits[g * 5 + c] = random.nextInt(3);
                    sum += digits[g * 5 + c];
                }
                digits[g * 5 + 4] = trial % 2 == 0 ? sum : random.nextInt(10);
            }
            StringBuilder run = new StringBuilder();
            for (int d : digits) {
                run.append(d);
            }
            for (String text : List.of(SEED.replace(seedRow, run + "\n"), PINGTAN.replace(pingtanRow, run))) {
                ReadReport read = ReportReader.readText(text);
                List<Finding> findings = ReportCheck.check(read);
                for (AppealKind kind : AppealKind.values()) {
                    int base = kind.ordinal() * 5;
                    for (Table4Column column : Table4Column.values()) {
                        assertThat(read.report().table4().cell(kind, column)).as(run + " " + kind + "." + column)
                                .isEqualTo(digits[base + column.ordinal()]);
                    }
                    boolean adds = digits[base] + digits[base + 1] + digits[base + 2] + digits[base + 3] == digits[base + 4];
                    assertThat(findings.stream().anyMatch(f -> f.rule().equals("table4.groupTotal")
                            && f.cells().contains(CellRef.table4(kind, Table4Column.TOTAL).name())))
                            .as(run + " " + kind).isEqualTo(!adds);
                }
            }
        }
    }

    /** Pattern 5: 表二 without its 规章 row (an agency that makes no 规章) is a format finding, not an error. */
    @Test
    void table2WithoutTheRuleRowIsAFormatFindingOnly() {
        for (String text : List.of(SEED.replace("规章\t0\t0\t0\n", ""), PINGTAN.replace("规章000", ""))) {
            List<Finding> findings = ReportCheck.check(ReportReader.readText(text));

            assertThat(findings).filteredOn(Finding::isFormat).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("read.rowMissing");
                assertThat(f.cells()).containsExactly("table2.RULE");
                assertThat(f.message()).isEqualTo("表二缺少1行：规章。");
            });
            assertThat(findings).noneMatch(Finding::isError);
        }
    }

    static List<java.nio.file.Path> textSamples() {
        return SampleReports.inputs("txt");
    }

    /**
     * Pattern 7: a 表三 row label misprinted (a character dropped, replaced, or two swapped) still reads its row,
     * found by its place among the rows and the closeness of the words, and the misprint is a format finding.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textSamples")
    void aMisprintedRowLabelStillReadsItsRowAndIsAFormatFinding(java.nio.file.Path sample) {
        String text = SampleReports.read(sample);
        ReadReport original = ReportReader.readText(text);
        Sections sections = Sections.of(text);
        int from = sections.start(org.gongkai.report.ReportSection.REQUESTS);
        int to = sections.start(org.gongkai.report.ReportSection.APPEALS);
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        int tried = 0;
        for (LabelSpec spec : Labels.table3(SampleReports.format(sample))) {
            String keyword = spec.keywords().get(0);
            if (spec.keywords().size() != 1 || keyword.length() < 4 || !text.substring(from, to).contains(keyword)) {
                continue;
            }
            for (String misprint : List.of(keyword.charAt(0) + keyword.substring(2),
                    keyword.charAt(0) + "口" + keyword.substring(2),
                    "" + keyword.charAt(1) + keyword.charAt(0) + keyword.substring(2))) {
                tried++;
                String degraded = text.substring(0, from) + text.substring(from, to).replace(keyword, misprint)
                        + text.substring(to);
                ReadReport read = ReportReader.readText(degraded);
                ReadAccuracy accuracy = ReadAccuracy.of(original.report(), read.report());

                assertThat(accuracy.isExact()).as(spec.key() + " printed " + misprint + ": " + accuracy).isTrue();
                assertThat(read.findings()).as(misprint).filteredOn(f -> f.rule().equals("read.labelMisprint"))
                        .singleElement().satisfies(f -> {
                            assertThat(f.severity()).isEqualTo(Severity.FORMAT);
                            assertThat(f.cells()).containsExactly("table3." + spec.key());
                            assertThat(f.found()).contains(misprint);
                        });
                assertThat(read.findings()).noneMatch(f -> f.rule().equals("read.rowMissing"));
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(15);
    }

    /** Texts with one table row per line (the shape PDF-to-text and Markdown conversions give). */
    static Stream<java.nio.file.Path> linedSamples() {
        return textSamples().stream().filter(p -> SampleReports.read(p).lines().filter(l -> l.contains("国家秘密")).findFirst()
                .map(l -> l.length() < 200 && l.chars().filter(Character::isDigit).count() >= 7).orElse(false));
    }

    /**
     * Pattern 3: what PDF-to-text does to a table: a page number line ({@code — 3 —}) inside 表三 and 表四, the
     * table's header row printed again after the page break, and labels on a line of their own above their
     * figures. Every row is still read, and nothing new is found.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("linedSamples")
    void pageBreaksInsideTablesAndDetachedLabelsLoseNoRow(java.nio.file.Path sample) {
        String text = SampleReports.read(sample);
        ReadReport original = ReportReader.readText(text);
        Sections sections = Sections.of(text);
        int from = sections.start(org.gongkai.report.ReportSection.REQUESTS);
        int to = sections.endAfter(sections.start(org.gongkai.report.ReportSection.APPEALS));
        String header = text.substring(from, to).lines().filter(l -> l.contains("申请人情况")).findFirst().orElseThrow();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^(.*[^\\d\\t| ][ \\t|]*?)([\\t|][\\d\\t| ]*\\d[\\t| ]*)$");
        StringBuilder tables = new StringBuilder();
        int page = 2;
        int lineNumber = 0;
        for (String line : text.substring(from, to).split("\n", -1)) {
            java.util.regex.Matcher m = row.matcher(line);
            lineNumber++;
            if (m.matches() && lineNumber % 3 == 0) {
                tables.append(m.group(1)).append("\n— ").append(page++).append(" —\n").append(header).append('\n')
                        .append(m.group(2)).append('\n');
            } else if (!m.matches() && line.chars().filter(Character::isDigit).count() >= 5 && !line.contains("年")) {
                tables.append("第 ").append(page++).append(" 页 共 9 页\n").append(line).append('\n');
            } else {
                tables.append(line).append('\n');
            }
        }
        String degraded = text.substring(0, from) + tables.substring(0, tables.length() - 1) + text.substring(to);
        assertThat(page).as("page marks inserted").isGreaterThan(6);

        ReadReport read = ReportReader.readText(degraded);

        assertThat(ReadAccuracy.of(original.report(), read.report()).isExact())
                .as(ReadAccuracy.of(original.report(), read.report()).toString()).isTrue();
        assertThat(ReportCheck.check(read)).extracting(Finding::rule)
                .containsExactlyElementsOf(ReportCheck.check(original).stream().map(Finding::rule).toList());
    }

    /**
     * Pattern 4: the 2019 表二 is read into the cells the two formats share, as printed in the 2019 sample, with
     * its figures run together, and transplanted (with tabs) into a 2021 report; the cells the 2019 format has
     * no column for stay unread with that reason.
     */
    @Test
    void the2019Table2IsReadAsPrintedRunTogetherAndInA2021Report() {
        java.nio.file.Path sample = SampleReports.folder().resolve("pingtan-finance-2020-format2019.txt");
        String text = SampleReports.read(sample);
        AnnualReport truth = SampleReports.truth(sample);
        int from = text.indexOf("第二十条第（一）项");
        int to = text.indexOf("三、收到和处理政府信息公开申请情况", from);
        String table2 = text.substring(from, to);
        String runTogether = text.substring(0, from) + table2.replaceAll("(?<=\\d) (?=\\d)", "") + text.substring(to);
        String tabbed = table2.replaceAll(" (?=\\d)", "\t").replace(" 第二十条", "\n第二十条");
        String seedWith2019 = SEED.substring(0, SEED.indexOf("第二十条第（一）项")) + tabbed + "\n\n"
                + SEED.substring(SEED.indexOf("三、收到和处理政府信息公开申请情况"));
        assertThat(runTogether).contains("规章 000", "规范性文件 6411", "行政许可 010");

        for (String degraded : List.of(text, runTogether, seedWith2019)) {
            ReadReport read = ReportReader.readText(degraded);
            boolean undecided = degraded == runTogether;
            org.gongkai.report.Table2 expected = undecided ? new org.gongkai.report.Table2(truth.table2().rules(),
                    new org.gongkai.report.Table2.DocumentCounts(null, null, null), truth.table2().licensing(),
                    truth.table2().penalty(), truth.table2().coercion(), null) : truth.table2();

            assertThat(read.report().table2()).as(degraded.substring(0, 40)).isEqualTo(expected);
            assertThat(read.sources().get(CellRef.table2("NORMATIVE_DOCUMENT", "inForce")).reason())
                    .isEqualTo("2019年版表二无此栏");
            CellSource issued = read.sources().get(CellRef.table2("NORMATIVE_DOCUMENT", "issued"));
            if (undecided) {
                assertThat(issued.reason()).as("6411 splits as 6·4·11, 64·1·1 or 6·41·1").contains("多种读法");
            } else {
                assertThat(issued.printed()).isEqualTo("6");
            }
            assertThat(read.findings()).noneMatch(f -> f.isError() && f.cells().stream().anyMatch(c -> c.startsWith("table2.")));
        }
    }
}
