package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterCommandTests {

    @TempDir
    Path dir;

    private static String sample() {
        try {
            return Path.of(LetterCommandTests.class.getResource("/documents/sample.json").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writesTheFeeNoticeOfARequestAsPdfWithTheClocksPaymentDeadlineSayingNothingElse() throws Exception {
        Path out = dir.resolve("fee.pdf");

        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            run = CliRun.of("letter", "--data", sample(), "--request", "SH-SL-2025-0001", "--kind", "fee",
                    "--to", "王某某", "--particular", "paymentMethod=到本局公开科窗口刷卡缴纳", "--out", out.toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err() + console.toString(StandardCharsets.UTF_8)).as("the libraries stay quiet").isEmpty();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            // Notified Mon 2025-03-10: 20 working days after, across 清明 (4 April off) -> Tue 2025-04-08.
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("上海市示例区市场监督管理局", "SH-SL-2025-0001", "王某某", "1700.00元", "2025年4月8日前",
                            "2025年3月10日", "按以下方式缴纳：到本局公开科窗口刷卡缴纳");
        }
    }

    @Test
    void writesTheReplyAsDocxCitingTheOutcomesArticle() throws Exception {
        Path out = dir.resolve("reply.docx");

        CliRun run = CliRun.of("letter", "--data", sample(), "--request", "SH-SL-2025-0002", "--kind", "reply",
                "--format", "docx", "--review-body", "上海市示例区人民政府", "--date", "2025-06-04",
                "--particular", "reason=第三方书面答复不同意公开其商业秘密", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("申请人：", "第十五条", "2025年6月4日", "60日内向上海市示例区人民政府申请行政复议",
                    "不予公开的理由：第三方书面答复不同意公开其商业秘密");
        }
    }

    @Test
    void aLetterWithoutWhatTheLawRequiresItToStateIsBadInput() {
        CliRun run = CliRun.of("letter", "--data", sample(), "--request", "SH-SL-2025-0001", "--kind", "fee",
                "--out", dir.resolve("fee.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("错误：收费通知书须写明缴费的方式。");
    }

    @Test
    void aRequestWithoutSuchAStepIsBadInputOnOneLine() {
        CliRun run = CliRun.of("letter", "--data", sample(), "--request", "SH-SL-2025-0003", "--kind", "reply",
                "--out", dir.resolve("x.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("错误：申请 SH-SL-2025-0003 没有需要发出“答复书”的事件");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void missingStepOptionsAreBadInputNamingThem() {
        CliRun run = CliRun.of("letter", "--data", sample(), "--kind", "receipt");

        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("错误：缺少必需的选项 --request、--out；管理模板请用 gongkai letter template");
    }

    @Test
    void anUnknownKindOrFormatIsBadInput() {
        CliRun kind = CliRun.of("letter", "--data", sample(), "--request", "SH-SL-2025-0001", "--kind", "notice",
                "--out", dir.resolve("x.pdf").toString());
        CliRun format = CliRun.of("letter", "--data", sample(), "--request", "SH-SL-2025-0001", "--kind", "receipt",
                "--format", "odt", "--out", dir.resolve("x.odt").toString());

        assertThat(kind.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(kind.err()).contains("--kind：未知的文书种类 notice");
        assertThat(format.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(format.err()).contains("--format 只能是 pdf 或 docx");
    }
}
