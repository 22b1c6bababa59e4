package org.gongkai.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gongkai export FILE}: write the whole database as one gongkai/1 document. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "把数据库中的全部数据导出为 gongkai/1 格式的 JSON 文件（不含申请人个人信息）。数据库由 SPRING_DATASOURCE_URL 等环境变量指定，默认为 ./data 下的 H2 数据库。")
final class ExportCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "要写入的文件")
    Path file;

    @Override
    public Integer call() throws IOException {
        Dataset dataset;
        try (Workspace workspace = Workspace.open()) {
            dataset = workspace.assembly.export.export();
        }
        Files.writeString(file, DatasetWriter.write(dataset), StandardCharsets.UTF_8);
        spec.commandLine().getErr().printf("已导出 %d 个机关、%d 件申请、%d 条公开信息到 %s%n", dataset.agencies().size(),
                dataset.requests().size(), dataset.publications().size(), file);
        return 0;
    }
}
