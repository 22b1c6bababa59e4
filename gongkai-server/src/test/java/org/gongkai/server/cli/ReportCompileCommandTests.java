package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetWriter;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3Row;
import org.gongkai.report.render.ReportJson;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCompileCommandTests {

    @TempDir
    Path dir;

    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeDataset() throws IOException {
        Dataset dataset = new Dataset(
                List.of(new Agency("SH-HZB", "上海市人民政府合作交流办公室", Optional.empty())),
                List.of(new DisclosureRequest("R1", "SH-HZB", ApplicantType.NATURAL_PERSON, Channel.ONLINE, List.of(
                        new RequestEvent.Received(LocalDate.parse("2025-03-03")),
                        new RequestEvent.Closed(LocalDate.parse("2025-03-20"), Outcome.UNAVAILABLE_NOT_HELD)))),
                List.of(), List.of(), List.of());
        data = dir.resolve("data.json");
        Files.writeString(data, DatasetWriter.write(dataset));
    }

    private int run(String... args) {
        CommandLine cli = GongkaiCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void compilesTheReportAsJsonWithTheCountedCells() {
        int code = run("report", "compile", "--data", data.toString(), "--agency", "SH-HZB", "--year", "2025",
                "--format", "json");

        assertThat(code).isZero();
        AnnualReport report = ReportJson.read(out.toString());
        assertThat(report.agencyCode()).isEqualTo("SH-HZB");
        assertThat(report.table3().cell(Table3Row.UNAVAILABLE_NOT_HELD, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void writesMarkdownByDefaultAndHtmlOnRequest() {
        assertThat(run("report", "compile", "--data", data.toString(), "--agency", "SH-HZB", "--year", "2025"))
                .isZero();
        assertThat(out.toString()).startsWith("# 上海市人民政府合作交流办公室2025年政府信息公开工作年度报告")
                .contains("全年办理依申请公开 1 件，其中按时办结 1 件，占 100.0%");

        StringWriter html = new StringWriter();
        CommandLine cli = GongkaiCommand.commandLine();
        cli.setOut(new PrintWriter(html));
        assertThat(cli.execute("report", "compile", "--data", data.toString(), "--agency", "SH-HZB", "--year", "2025",
                "--format", "html")).isZero();
        assertThat(html.toString()).startsWith("<!DOCTYPE html>").contains("<th colspan=\"5\">法人或其他组织</th>");
    }

    @Test
    void rollupSumsTheAgencyAndItsDescendantsAndListsThem() throws IOException {
        Dataset dataset = new Dataset(
                List.of(new Agency("CITY", "示例市人民政府办公厅", Optional.empty()),
                        new Agency("DEPT", "示例市某局", Optional.of("CITY"))),
                List.of(request("R1", "CITY"), request("R2", "DEPT"), request("R3", "DEPT")),
                List.of(), List.of(), List.of());
        Files.writeString(data, DatasetWriter.write(dataset));

        assertThat(run("report", "compile", "--data", data.toString(), "--agency", "CITY", "--year", "2025",
                "--rollup")).isZero();

        assertThat(out.toString()).startsWith("# 示例市人民政府办公厅（含所属机关汇总）2025年政府信息公开工作年度报告")
                .contains("| 一、本年新收政府信息公开申请数量 |  |  | 3 |")
                .contains("| 示例市某局 | 2 |");
    }

    private static DisclosureRequest request(String id, String agency) {
        return new DisclosureRequest(id, agency, ApplicantType.NATURAL_PERSON, Channel.ONLINE, List.of(
                new RequestEvent.Received(LocalDate.parse("2025-03-03")),
                new RequestEvent.Closed(LocalDate.parse("2025-03-20"), Outcome.DISCLOSED)));
    }

    @Test
    void anUnknownAgencyIsBadInputNamingTheCode() {
        assertThat(run("report", "compile", "--data", data.toString(), "--agency", "XX", "--year", "2025")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("错误：数据文件中没有代码为 XX 的机关\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aYearBeforeThe2021FormatIsBadInput() {
        assertThat(run("report", "compile", "--data", data.toString(), "--agency", "SH-HZB", "--year", "2019"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：--year 应在 2021 至 9999 之间").contains("收到 2019");
    }

    @Test
    void anUnknownOutputFormatIsBadInput() {
        assertThat(run("report", "compile", "--data", data.toString(), "--agency", "SH-HZB", "--year", "2025",
                "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("错误：--format 只能是 md、html 或 json，收到 pdf\n");
    }

    @Test
    void aMissingOrMalformedDataFileIsBadInputNamingTheFileAndPath() throws IOException {
        assertThat(run("report", "compile", "--data", dir.resolve("none.json").toString(), "--agency", "SH-HZB",
                "--year", "2025")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：--data：文件 ").contains("none.json").contains("不存在");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(data).replace("\"NATURAL_PERSON\"", "\"CITIZEN\""));
        StringWriter brokenErr = new StringWriter();
        CommandLine cli = GongkaiCommand.commandLine();
        cli.setErr(new PrintWriter(brokenErr));
        assertThat(cli.execute("report", "compile", "--data", broken.toString(), "--agency", "SH-HZB", "--year",
                "2025")).isEqualTo(2);
        assertThat(brokenErr.toString()).startsWith("错误：--data ").contains("$.requests[0].applicantType")
                .doesNotContain("Exception");
    }
}
