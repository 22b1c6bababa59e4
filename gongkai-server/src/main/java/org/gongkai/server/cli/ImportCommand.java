package org.gongkai.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetException;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.server.store.RefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gongkai import FILE}: load a gongkai/1 document into the database, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "把 gongkai/1 格式的 JSON 文件导入数据库：要么全部导入，要么什么也不导入。数据库由 SPRING_DATASOURCE_URL 等环境变量指定，默认为 ./data 下的 H2 数据库。")
final class ImportCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "gongkai/1 格式的文件")
    Path file;

    @Override
    public Integer call() throws IOException {
        Dataset dataset;
        try {
            dataset = DatasetReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new BadInputException("找不到文件 " + file);
        } catch (DatasetException e) {
            throw new BadInputException(file + "：" + e.getMessage(), e);
        }
        try (Workspace workspace = Workspace.open()) {
            workspace.assembly.importer.importDataset("import", dataset, LocalDate.now(workspace.assembly.clock));
        } catch (RefusedException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        spec.commandLine().getErr().printf("已导入 %d 个机关、%d 件申请、%d 条公开信息%n", dataset.agencies().size(),
                dataset.requests().size(), dataset.publications().size());
        return 0;
    }
}
