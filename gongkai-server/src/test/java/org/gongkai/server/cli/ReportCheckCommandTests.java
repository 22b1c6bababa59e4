package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.json.Json;
import org.gongkai.server.reportcheck.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCheckCommandTests {

    @TempDir
    Path dir;

    private String seed;

    @BeforeEach
    void readTheSeed() throws IOException {
        seed = Files.readString(Samples.seed());
    }

    @Test
    void aCleanReportExitsZeroAndSaysWhatWasRead() throws IOException {
        CliRun run = CliRun.of("report", "check", write("seed.txt", seed).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("机关：上海市人民政府合作交流办公室", "年度：2025", "格式：2021年版",
                "表三 读出 175/175 格", "无错误");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aReportThatDoesNotAddUpExitsOneAndNamesTheCellsInChinese() throws IOException {
        String broken = seed.replace("一、本年新收政府信息公开申请数量\t\t2\t0", "一、本年新收政府信息公开申请数量\t\t3\t0");

        CliRun run = CliRun.of("report", "check", write("broken.txt", broken).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("【错误】表三“一、本年新收政府信息公开申请数量”行")
                .contains("表三·一、本年新收政府信息公开申请数量·自然人 = 3（原文读出）（第42行第3格）");
    }

    @Test
    void aFormatDeviationExitsZeroUnlessTheFormatIsStrict() throws IOException {
        Path noRules = write("no-rules.txt", seed.replace("规章\t0\t0\t0\n", ""));

        CliRun lenient = CliRun.of("report", "check", noRules.toString());
        CliRun strict = CliRun.of("report", "check", "--strict-format", noRules.toString());

        assertThat(lenient.exitCode()).as(lenient.out()).isZero();
        assertThat(lenient.out()).contains("结果：无错误；格式问题 1 项；", "【格式】表二缺少1行：规章。");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEqualTo(lenient.out());
    }

    @Test
    void aReportSavedInGbkReadsAsInUtf8() throws IOException {
        Path gbk = Files.write(dir.resolve("gbk.txt"), seed.getBytes(java.nio.charset.Charset.forName("GBK")));

        CliRun run = CliRun.of("report", "check", gbk.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("机关：上海市人民政府合作交流办公室", "表三 读出 175/175 格");
    }

    @Test
    void aMissingInputExitsTwoWithAChineseLine() {
        CliRun run = CliRun.of("report", "check", dir.resolve("none.txt").toString());

        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("错误：找不到文件").doesNotContain("Exception");
    }

    @Test
    void anUnreadablePdfExitsTwoButTheOtherFilesAreStillChecked() throws IOException {
        write("a.txt", seed);
        write("b.pdf", "not a pdf");
        write("README.md", "# 说明");

        CliRun run = CliRun.of("report", "check", dir.toString());

        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.out()).contains("a.txt", "b.pdf", "无法读取").doesNotContain("README");
        assertThat(run.err()).contains("b.pdf");
    }

    @Test
    void moreThanTwentyFilesShowProgressOnStandardError() throws IOException {
        for (int i = 0; i < 21; i++) {
            write("r" + i + ".txt", seed);
        }

        CliRun run = CliRun.of("report", "check", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("已检查 21/21 个文件");
        assertThat(CliRun.of("report", "check", dir.resolve("r0.txt").toString()).err()).isEmpty();
    }

    @Test
    void jsonGivesTheReportShapeAndEveryCellsSource() throws IOException {
        CliRun run = CliRun.of("report", "check", "--format", "json", write("seed.txt", seed).toString());

        List<?> files = (List<?>) Json.parse(run.out());
        Map<?, ?> file = (Map<?, ?>) files.get(0);
        Map<?, ?> report = (Map<?, ?>) file.get("report");
        Map<?, ?> sources = (Map<?, ?>) file.get("sources");
        assertThat(report.get("agency")).isEqualTo("上海市人民政府合作交流办公室");
        assertThat(((Map<?, ?>) ((Map<?, ?>) report.get("table3")).get("rows")).containsKey("CARRIED_FORWARD")).isTrue();
        assertThat(sources).hasSize(200);
        assertThat(((Map<?, ?>) sources.get("table3.NEW.TOTAL")).get("where")).isEqualTo("第42行第9格");
    }

    @Test
    void csvHasOneLinePerFinding() throws IOException {
        String broken = seed.replace("一、本年新收政府信息公开申请数量\t\t2\t0", "一、本年新收政府信息公开申请数量\t\t3\t0");

        CliRun run = CliRun.of("report", "check", "--format", "csv", write("broken.txt", broken).toString());

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("文件,机关,年度,格式,级别,规则,问题,涉及单元格");
        assertThat(lines).anyMatch(l -> l.contains(",错误,table3.rowTotal,"));
    }

    @Test
    void anUnknownFormatIsBadInput() throws IOException {
        CliRun run = CliRun.of("report", "check", "--format", "xml", write("seed.txt", seed).toString());

        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("错误：--format");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
