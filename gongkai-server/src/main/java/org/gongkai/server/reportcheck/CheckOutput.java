package org.gongkai.server.reportcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.json.Json;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.read.CellRef;
import org.gongkai.report.read.CellSource;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.render.ReportJson;

/**
 * Write check results for a clerk (text, Chinese), for programs (JSON), for a spreadsheet (CSV) or as one
 * self-contained page (HTML); the evaluator's workbook is {@link CheckWorkbook}.
 */
public enum CheckOutput {
    TEXT {
        @Override
        public String write(List<CheckedFile> results) {
            StringBuilder out = new StringBuilder();
            for (CheckedFile r : results) {
                out.append("文件：").append(r.file()).append('\n');
                if (!r.isReadable()) {
                    out.append("  ").append(r.failure()).append("\n\n");
                    continue;
                }
                ReadReport read = r.read();
                AnnualReport report = read.report();
                out.append("  机关：").append(report.agencyName().isEmpty() ? "（未读出）" : report.agencyName())
                        .append("　年度：").append(report.year() == null ? "（未读出）" : report.year())
                        .append("　格式：").append(report.format().code()).append("年版\n");
                out.append("  表格：").append(tables(read)).append('\n');
                long errors = r.findings().stream().filter(Finding::isError).count();
                long formats = r.findings().stream().filter(Finding::isFormat).count();
                out.append("  结果：").append(errors > 0 ? "错误 " + errors + " 项" : "无错误")
                        .append(formats > 0 ? "；格式问题 " + formats + " 项" : "").append("；提示 ")
                        .append(r.findings().size() - errors - formats).append(" 项；无法读取 ")
                        .append(read.unread().size()).append(" 格\n");
                for (Finding f : r.findings()) {
                    out.append("  【").append(f.severity().label()).append("】").append(f.message()).append('\n');
                    for (String cell : f.cells()) {
                        out.append("      ").append(cellLine(read, cell)).append('\n');
                    }
                }
                out.append('\n');
            }
            CheckBatch.sameYear(results).forEach((year, files) -> {
                out.append(year).append("年各机关对比：\n  ").append(String.join("｜", Comparison.HEADINGS)).append('\n');
                files.forEach(file -> out.append("  ").append(String.join("｜", Comparison.row(file))).append('\n'));
                out.append('\n');
            });
            return out.toString();
        }
    },
    HTML {
        @Override
        public String write(List<CheckedFile> results) {
            return CheckPage.write(results);
        }
    },
    JSON {
        @Override
        public String write(List<CheckedFile> results) {
            List<Object> files = new ArrayList<>();
            for (CheckedFile r : results) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("file", r.file().toString());
                file.put("readable", r.isReadable());
                if (!r.isReadable()) {
                    file.put("failure", r.failure());
                } else {
                    file.put("errors", r.findings().stream().filter(Finding::isError).count());
                    file.put("formatFindings", r.findings().stream().filter(Finding::isFormat).count());
                    file.put("unreadCells", r.read().unread().size());
                    file.put("report", ReportJson.tree(r.read().report().withFindings(r.findings())));
                    Map<String, Object> sources = new LinkedHashMap<>();
                    r.read().sources().forEach((ref, s) -> sources.put(ref.name(), source(s)));
                    file.put("sources", sources);
                    file.put("notes", r.read().notes());
                }
                files.add(file);
            }
            return Json.write(files);
        }
    },
    CSV {
        @Override
        public String write(List<CheckedFile> results) {
            StringBuilder out = new StringBuilder("文件,机关,年度,格式,级别,规则,问题,涉及单元格\n");
            for (CheckedFile r : results) {
                if (!r.isReadable()) {
                    row(out, r.file().toString(), "", "", "", "错误", "read.unreadable", r.failure(), "");
                    continue;
                }
                AnnualReport report = r.read().report();
                for (Finding f : r.findings()) {
                    row(out, r.file().toString(), report.agencyName(), report.year() == null ? "" : report.year().toString(),
                            report.format().code(), f.severity().label(), f.rule(), f.message(),
                            String.join(" ", f.cells()));
                }
            }
            return out.toString();
        }
    };

    /** Return the results written in this format. */
    public abstract String write(List<CheckedFile> results);

    private static String tables(ReadReport read) {
        StringBuilder out = new StringBuilder();
        String[] names = {"表二", "表三", "表四"};
        String[] tables = {"table2", "table3", "table4"};
        for (int t = 0; t < tables.length; t++) {
            String table = tables[t];
            long cells = read.sources().keySet().stream().filter(c -> c.name().startsWith(table + ".")).count();
            long known = read.sources().entrySet().stream()
                    .filter(e -> e.getKey().name().startsWith(table + ".") && e.getValue().confidence().isKnown())
                    .count();
            out.append(out.length() == 0 ? "" : "；").append(names[t])
                    .append(cells == 0 ? " 未读入" : " 读出 " + known + "/" + cells + " 格");
        }
        return out.toString();
    }

    private static String cellLine(ReadReport read, String cell) {
        CellSource source = read.sources().get(new CellRef(cell));
        if (source == null) {
            return new CellRef(cell).label();
        }
        Object figure = new CellRef(cell).in(read.report());
        String value = figure == null ? "无法读取" : "= " + figure + "（" + source.confidence().label() + "）";
        String where = source.where().isEmpty() ? "" : "（" + source.where() + "）";
        String reason = source.reason().isEmpty() ? "" : "：" + source.reason();
        return new CellRef(cell).label() + " " + value + where + reason;
    }

    private static Map<String, Object> source(CellSource s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("confidence", s.confidence().name());
        out.put("where", s.where());
        out.put("printed", s.printed());
        out.put("reason", s.reason());
        return out;
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            out.append(i == 0 ? "" : ",").append(f.contains(",") || f.contains("\"") || f.contains("\n")
                    ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        out.append('\n');
    }
}
