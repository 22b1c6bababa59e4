package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.json.Json;
import org.gongkai.server.reportcheck.Samples;
import org.gongkai.server.web.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of one agency's reports over three years, made from the seed report: 2023 carried one request
 * forward and decided 300 licences, 2024 and 2025 repeat the seed's prose and tables. The check finds what
 * an evaluator looks for across years, and its workbook and page list the same findings as its JSON.
 */
class ReportCheckBatchTests {

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void writeThreeYears() throws IOException {
        String seed = Files.readString(Samples.seed());
        folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("2025.txt"), seed);
        Files.writeString(folder.resolve("2024.txt"), seed.replace("2025 年 政府信息公开", "2024 年 政府信息公开"));
        Files.writeString(folder.resolve("2023.txt"), seed.replace("2025 年 政府信息公开", "2023 年 政府信息公开")
                .replace("一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t", "一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3\t")
                .replace("四、结转下年度继续办理\t\t\t\t\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1")
                .replace("行政许可\t0", "行政许可\t300"));
    }

    @Test
    void threeYearsOfOneAgencyYieldTheCrossYearFindings() {
        CliRun run = CliRun.of("report", "check", "--format", "json", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, List<String>> rules = new java.util.TreeMap<>();
        for (Object file : (List<?>) Json.parse(run.out())) {
            Map<?, ?> f = (Map<?, ?>) file;
            List<String> names = new ArrayList<>();
            for (Object finding : (List<?>) ((Map<?, ?>) f.get("report")).get("findings")) {
                names.add((String) ((Map<?, ?>) finding).get("rule"));
            }
            rules.put(Path.of((String) f.get("file")).getFileName().toString(), names);
        }
        assertThat(rules.get("2023.txt")).noneMatch(r -> r.startsWith("acrossYears.") || r.equals("table3.carriedOver"));
        assertThat(rules.get("2024.txt")).containsExactly("table3.carriedOver", "table3.carriedOver",
                "acrossYears.proseCopied", "acrossYears.proseCopied", "acrossYears.jump");
        assertThat(rules.get("2025.txt")).containsExactly("acrossYears.proseCopied", "acrossYears.proseCopied",
                "acrossYears.tablesCopied");
        assertThat(run.out()).contains("表三“自然人”列：本年上年结转 0 件，而2023年报告的结转下年度继续办理为 1 件。",
                "“一、总体情况”与2024年报告完全相同，可能沿用了上年的文字。",
                "表三、表四的数字与2024年报告完全相同，可能沿用了上年的表格。",
                "表二“行政许可”处理决定数量由2023年的 300 件变为 0 件，变化超过 5 倍，请核实。");
    }

    @Test
    void theWorkbookListsTheSameFindingsAsTheJsonAndEveryCell() throws IOException {
        Path xlsx = dir.resolve("check.xlsx");
        CliRun run = CliRun.of("report", "check", "--format", "xlsx", "--output", xlsx.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(rows(workbook.getSheet("问题"))).containsExactlyElementsOf(jsonFindings());
            Sheet cells = workbook.getSheet("单元格");
            assertThat(cells.getLastRowNum()).isEqualTo(3 * 200);
            assertThat(cells.getRow(0).getCell(6).getStringCellValue()).isEqualTo("把握");
            Sheet summary = workbook.getSheet("机关汇总");
            assertThat(summary.getLastRowNum()).isEqualTo(3);
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("上海市人民政府合作交流办公室");
        }
    }

    @Test
    void theHtmlPageListsTheSameFindingsEachLinkedToTheCellsItNames() throws IOException {
        Path html = dir.resolve("check.html");
        CliRun run = CliRun.of("report", "check", "--format", "html", "--output", html.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        List<String> listed = new ArrayList<>();
        for (Element section : page.select("section:has(ol)")) {
            String file = section.selectFirst("h2").text();
            for (Element item : section.select("ol > li")) {
                listed.add(file + "|" + item.ownText().replaceFirst("^【[^】]+】", "").strip());
                for (Element link : item.select("a")) {
                    Element cell = page.getElementById(link.attr("href").substring(1));
                    assertThat(cell).as(link.attr("href")).isNotNull();
                    assertThat(cell.select("a").eachAttr("href")).contains("#" + item.id());
                }
            }
        }
        assertThat(listed).containsExactlyElementsOf(jsonFindings().stream()
                .map(f -> Path.of(f.get(0)).getFileName() + "|" + f.get(2)).toList());
        assertThat(page.select("script, link, img")).isEmpty();

        try (Browser browser = Browser.open(0)) {
            browser.driver.get(html.toUri().toString());
            assertThat(browser.find("h1").getText()).isEqualTo("政府信息公开工作年度报告核对结果");
            browser.screenshot("70-report-check-batch-page");
            assertThat(browser.seriousViolations()).isEmpty();
        }
    }

    /** Return every finding of the JSON output as (file, rule, message), in order. */
    private List<List<String>> jsonFindings() {
        CliRun run = CliRun.of("report", "check", "--format", "json", folder.toString());
        List<List<String>> out = new ArrayList<>();
        for (Object file : (List<?>) Json.parse(run.out())) {
            Map<?, ?> f = (Map<?, ?>) file;
            for (Object finding : (List<?>) ((Map<?, ?>) f.get("report")).get("findings")) {
                Map<?, ?> x = (Map<?, ?>) finding;
                out.add(List.of((String) f.get("file"), (String) x.get("rule"), (String) x.get("message")));
            }
        }
        return out;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                out.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(5).getStringCellValue(),
                        row.getCell(6).getStringCellValue()));
            }
        }
        return out;
    }
}
