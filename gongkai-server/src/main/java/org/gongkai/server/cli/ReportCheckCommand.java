package org.gongkai.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gongkai.server.reportcheck.CheckBatch;
import org.gongkai.server.reportcheck.CheckOutput;
import org.gongkai.server.reportcheck.CheckWorkbook;
import org.gongkai.server.reportcheck.CheckedFile;
import org.gongkai.server.reportcheck.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai report check}: read published reports (text, HTML, PDF; folders are searched) and check
 * them. Exit 0 when every file is clean, 1 when a file has an error finding (or, with
 * {@code --strict-format}, a format finding), 2 when an input cannot be read at all.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "读取已发布的政府信息公开工作年度报告（文本、HTML 或 PDF；可给文件夹）并检查表格与正文。"
                + "全部无误时退出码为 0，有错误时为 1（格式问题不计，除非给出 --strict-format），有文件无法读取时为 2。")
final class ReportCheckCommand implements Callable<Integer> {

    static final int PROGRESS_ABOVE = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|html|xlsx",
            description = "输出格式：text（供人阅读，默认）、json、csv、html（一个网页）或 xlsx（须给 --output）")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "写入该文件，而不是标准输出")
    Path output;

    @Option(names = "--strict-format", description = "格式问题（缺行、行序不对、行标签印错）也按错误计，退出码为 1")
    boolean strictFormat;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "报告文件或文件夹")
    List<Path> inputs;

    @Override
    public Integer call() {
        boolean workbook = format.equalsIgnoreCase("xlsx");
        if (workbook && output == null) {
            throw new BadInputException("--format xlsx 须同时给出 --output 文件");
        }
        CheckOutput text = workbook ? null : output();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        boolean unreadable = false;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(reportsIn(input));
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                err.println("错误：找不到文件 " + input);
                unreadable = true;
            }
        }
        List<CheckedFile> results = new ArrayList<>();
        int step = Math.max(1, files.size() / 10);
        for (Path file : files) {
            results.add(CheckedFile.check(file));
            if (files.size() > PROGRESS_ABOVE && (results.size() % step == 0 || results.size() == files.size())) {
                err.println("已检查 " + results.size() + "/" + files.size() + " 个文件");
                err.flush();
            }
        }
        results = CheckBatch.acrossYears(results);
        write(workbook ? CheckWorkbook.write(results) : null, text == null ? null : text.write(results));
        for (CheckedFile result : results) {
            if (!result.isReadable()) {
                err.println("错误：" + result.file() + " " + result.failure());
                unreadable = true;
            }
        }
        err.flush();
        if (unreadable) {
            return GongkaiCommand.EXIT_BAD_INPUT;
        }
        return results.stream().anyMatch(r -> r.hasError() || strictFormat && r.hasFormatFinding()) ? 1 : 0;
    }

    private CheckOutput output() {
        try {
            return CheckOutput.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format 只能是 text、json、csv、html 或 xlsx，收到 " + format);
        }
    }

    /** Write the workbook's bytes, or else the text, to {@code --output} or standard output. */
    private void write(byte[] bytes, String text) {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Files.write(output, bytes != null ? bytes : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException("无法写入 " + output + "（" + e.getClass().getSimpleName() + "）");
        }
    }

    private static List<Path> reportsIn(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(ReportFiles::isReport)
                    .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("无法读取文件夹 " + dir + "（" + e.getClass().getSimpleName() + "）");
        }
    }
}
