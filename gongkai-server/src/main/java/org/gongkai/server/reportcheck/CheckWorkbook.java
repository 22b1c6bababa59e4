package org.gongkai.server.reportcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.read.CellRef;
import org.gongkai.report.read.CellSource;

/**
 * Check results as an evaluator's workbook: a sheet of findings, a sheet of every cell of every report with
 * its certainty, and a summary per agency and year. Streamed (POI's SXSSF), as a batch may hold a thousand
 * reports of two hundred cells each.
 */
public final class CheckWorkbook {

    static final String FINDINGS = "问题";
    static final String CELLS = "单元格";
    static final String SUMMARY = "机关汇总";

    private CheckWorkbook() {
    }

    /** Return the workbook of these results, as the bytes of an .xlsx file. */
    public static byte[] write(List<CheckedFile> results) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Rows findings = new Rows(workbook.createSheet(FINDINGS));
            row(findings, "文件", "机关", "年度", "格式", "级别", "规则", "问题", "涉及单元格");
            Rows cells = new Rows(workbook.createSheet(CELLS));
            row(cells, "文件", "机关", "年度", "单元格", "名称", "数值", "把握", "位置", "原文", "说明");
            Rows summary = new Rows(workbook.createSheet(SUMMARY));
            row(summary, "机关", "年度", "文件数", "错误", "格式问题", "提示", "无法读取格数");
            Map<String, long[]> perAgency = new LinkedHashMap<>();
            for (CheckedFile r : results) {
                String file = r.file().toString();
                if (!r.isReadable()) {
                    row(findings, file, "", "", "", "错误", "read.unreadable", r.failure(), "");
                    continue;
                }
                AnnualReport report = r.read().report();
                String year = report.year() == null ? "" : report.year().toString();
                for (Finding f : r.findings()) {
                    row(findings, file, report.agencyName(), year, report.format().code(), f.severity().label(),
                            f.rule(), f.message(), String.join(" ", f.cells()));
                }
                for (CellRef ref : CellRef.all()) {
                    CellSource source = r.read().sources().get(ref);
                    if (source == null) {
                        continue;
                    }
                    Object value = ref.in(report);
                    row(cells, file, report.agencyName(), year, ref.name(), ref.label(),
                            value == null ? "" : value.toString(), source.confidence().label(), source.where(),
                            source.printed(), source.reason());
                }
                long[] counts = perAgency.computeIfAbsent(report.agencyName() + "\u0000" + year, k -> new long[5]);
                counts[0]++;
                counts[1] += r.findings().stream().filter(Finding::isError).count();
                counts[2] += r.findings().stream().filter(Finding::isFormat).count();
                counts[3] += r.findings().stream().filter(f -> !f.isError() && !f.isFormat()).count();
                counts[4] += r.read().unread().size();
            }
            perAgency.forEach((key, c) -> {
                String[] parts = key.split("\u0000", -1);
                row(summary, parts[0].isEmpty() ? "（未读出）" : parts[0], parts[1], String.valueOf(c[0]),
                        String.valueOf(c[1]), String.valueOf(c[2]), String.valueOf(c[3]), String.valueOf(c[4]));
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet written row after row. */
    private static final class Rows {
        private final Sheet sheet;
        private int next;

        Rows(Sheet sheet) {
            this.sheet = sheet;
        }
    }

    private static void row(Rows rows, String... values) {
        Row row = rows.sheet.createRow(rows.next++);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
