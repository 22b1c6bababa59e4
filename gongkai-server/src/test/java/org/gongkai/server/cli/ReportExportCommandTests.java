package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExportCommandTests {

    @TempDir
    Path dir;

    private static String sample() {
        try {
            return Path.of(ReportExportCommandTests.class.getResource("/documents/sample.json").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exportsTheCompiledReportAsDocxWithItsTables() throws Exception {
        Path out = dir.resolve("report.docx");

        CliRun run = CliRun.of("report", "export", "--data", sample(), "--agency", "SH-SL", "--year", "2025",
                "--format", "docx", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(text.getText()).contains("上海市示例区市场监督管理局2025年政府信息公开工作年度报告", "1234",
                    "结转下年度继续办理");
        }
    }

    @Test
    void aYearBeforeTheFormatIsBadInput() {
        CliRun run = CliRun.of("report", "export", "--data", sample(), "--agency", "SH-SL", "--year", "2019",
                "--out", dir.resolve("r.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--year 应在 2021");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }
}
