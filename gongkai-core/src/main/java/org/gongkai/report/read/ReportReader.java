package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;

/**
 * Read a published 政府信息公开工作年度报告 (text as people and tools extract it, or the rows an HTML or PDF
 * adapter rebuilt) into the report model, with the source and certainty of every cell. It never invents a
 * figure: a cell it cannot read is {@code null} in the model and {@link Confidence#MISSING} in the sources.
 */
public final class ReportReader {

    private ReportReader() {
    }

    /** Return the reading of a plain text (lines; cells split at tabs or Markdown bars, or not at all). */
    public static ReadReport readText(String text) {
        return read(SourceDocument.ofPlainText(text));
    }

    /** Return the reading of a document of located cells. */
    public static ReadReport read(SourceDocument document) {
        FlatText flat = FlatText.of(document);
        String text = flat.text();
        Sections sections = Sections.of(text);
        List<String> notes = new ArrayList<>();
        StructureFindings structure = new StructureFindings();
        Map<CellRef, CellSource> sources = new HashMap<>();

        int t2 = sections.start(ReportSection.PROACTIVE_DISCLOSURE);
        int t3 = sections.start(ReportSection.REQUESTS);
        int t4 = sections.start(ReportSection.APPEALS);
        if (t2 < 0) {
            t2 = text.indexOf("第二十条");
        }
        if (t3 < 0) {
            t3 = Math.max(text.indexOf("勾稽"), -1);
            int firstRow = LabelSpec.of("NEW", "本年新收").find(text, Math.max(t2, 0), text.length());
            t3 = t3 >= 0 ? t3 : firstRow;
        }
        int t2End = t2 < 0 ? -1 : t3 > t2 ? t3 : sections.endAfter(t2);
        int t3End = t3 < 0 ? -1 : sections.endAfter(t3);
        int t4End = t4 < 0 ? -1 : sections.endAfter(t4);

        Optional<ReportFormat> table3Format = t3 >= 0 ? Labels.table3Format(text, t3, t3End) : Optional.empty();
        String table2Text = t2 < 0 ? "" : text.substring(t2, t2End);
        Optional<ReportFormat> table2Format = Labels.table2Format(table2Text);
        ReportTitle title = ReportTitle.of(text);
        ReportFormat format = format(table3Format, table2Format, title.year(), notes);

        Table2 table2 = Table2.unknown();
        if (t2 >= 0) {
            boolean table2Is2019 = table2Format.filter(f -> !f.table2InModel()).isPresent();
            Table2Reader.Result result = table2Is2019 ? Table2Reader.read2019(flat, t2, t2End)
                    : Table2Reader.read(flat, t2, t2End);
            if (table2Is2019) {
                notes.add("表二为2019年版式：“本年新制作数量”读入本年制发件数，“处理决定数量”读入本年处理决定数量；"
                        + "本年新公开数量、对外公开总数量、上一年项目数量、本年增/减和政府集中采购在2021年版中没有对应栏目，未读入。");
            }
            table2 = Table2Reader.table(result);
            sources.putAll(Table2Reader.sources(result));
            structure.table("表二", ReportSection.PROACTIVE_DISCLOSURE, result.counts(), table2Text);
            structure.rows("表二", "table2", result.counts(), format);
        } else {
            Table2Reader.sources(new Table2Reader.Result(new TableReading(9), null, CellSource.missing("未找到表二")))
                    .keySet().forEach(ref -> sources.put(ref, CellSource.missing("未找到表二")));
            structure.sectionMissing(ReportSection.PROACTIVE_DISCLOSURE);
        }

        Table3 table3 = Table3.unknown();
        if (t3 >= 0) {
            TableReading reading = Table3Reader.read(flat, t3, t3End, format);
            table3 = Table3Reader.table(reading);
            List<String> absent = new ArrayList<>();
            for (Table3Row row : Table3Row.values()) {
                if (!format.hasRow(row)) {
                    absent.add(row.label());
                    continue;
                }
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    sources.put(CellRef.table3(row, column), reading.sources[Table3Reader.id(row, column.ordinal())]);
                }
            }
            if (!absent.isEmpty() && reading.anyLabel) {
                for (Table3Row row : format.relabelledRows()) {
                    notes.add(format.code() + "年版表三的“" + format.label(row) + "”只有一行，读入“" + row.label() + "”（"
                            + row.name() + "）；该格式没有以下行：" + String.join("；", absent) + "。");
                }
            }
            structure.table("表三", ReportSection.REQUESTS, reading, text.substring(t3, t3End));
            structure.rows("表三", "table3", reading, format);
        } else {
            for (Table3Row row : Table3Row.values()) {
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    sources.put(CellRef.table3(row, column), CellSource.missing("未找到表三"));
                }
            }
            structure.sectionMissing(ReportSection.REQUESTS);
        }

        Table4 table4 = Table4.unknown();
        if (t4 >= 0) {
            TableReading reading = Table4Reader.read(flat, t4, t4End);
            table4 = Table4Reader.table(reading);
            for (AppealKind kind : AppealKind.values()) {
                for (Table4Column column : Table4Column.values()) {
                    sources.put(CellRef.table4(kind, column),
                            reading.sources[kind.ordinal() * Table4Reader.COLUMNS + column.ordinal()]);
                }
            }
            structure.table("表四", ReportSection.APPEALS, reading, text.substring(t4, t4End));
        } else {
            for (AppealKind kind : AppealKind.values()) {
                for (Table4Column column : Table4Column.values()) {
                    sources.put(CellRef.table4(kind, column), CellSource.missing("未找到表四"));
                }
            }
            structure.sectionMissing(ReportSection.APPEALS);
        }

        Map<ReportSection, String> prose = prose(flat, sections);
        for (ReportSection section : List.of(ReportSection.OVERVIEW, ReportSection.PROBLEMS_AND_IMPROVEMENTS,
                ReportSection.OTHER_MATTERS)) {
            if (sections.start(section) < 0) {
                structure.sectionMissing(section);
            }
        }
        structure.unreadCells(sources);
        if (title.agency().isEmpty()) {
            notes.add("未能从标题读出机关名称。");
        }
        if (title.year() == null) {
            notes.add("未能读出报告年度。");
        }
        AnnualReport report = new AnnualReport("", title.agency(), title.year(), format, prose, table2, table3, table4,
                List.of());
        return new ReadReport(report, sources, notes, structure.findings());
    }

    /** Return the format shown by 表三, else by 表二, else the one in force for the report's year. */
    private static ReportFormat format(Optional<ReportFormat> table3Format, Optional<ReportFormat> table2Format,
            Integer year, List<String> notes) {
        if (table3Format.isPresent()) {
            ReportFormat format = table3Format.get();
            notes.add("格式：" + format.code() + "年版（依据：表三" + format.table3Layout() + "）。");
            table2Format.filter(t2 -> t2.firstReportYear() < format.firstReportYear()).ifPresent(t2 ->
                    notes.add("表二仍用" + t2.code() + "年版栏目，表三为" + format.code() + "年版。"));
            return format;
        }
        if (table2Format.isPresent()) {
            notes.add("格式：" + table2Format.get().code() + "年版（依据：表二的栏目）。");
            return table2Format.get();
        }
        List<ReportFormat> formats = ReportFormat.newestFirst();
        ReportFormat format = year == null ? ReportFormat.latest()
                : ReportFormat.inForceFor(year).orElse(formats.get(formats.size() - 1));
        notes.add("格式：表格中没有可判断格式的栏目，按报告年度推定为" + format.code() + "年版。");
        return format;
    }

    private static Map<ReportSection, String> prose(FlatText flat, Sections sections) {
        Map<ReportSection, String> prose = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            int start = sections.start(section);
            if (section.isProse() && start >= 0) {
                prose.put(section, flat.prose(start, sections.endAfter(start)).strip());
            }
        }
        return prose;
    }
}
