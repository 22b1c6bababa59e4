package org.gongkai.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.server.search.CatalogueIndexer;
import org.gongkai.server.search.PublicationIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gongkai catalogue reindex}: rebuild the search index from the database, without the server. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "从数据库重建主动公开目录的检索索引（须先停止服务）。数据库由 SPRING_DATASOURCE_URL 等环境变量指定，默认为 ./data 下的 H2 数据库。")
final class CatalogueReindexCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${gongkai.search.index-directory:-./data/index}",
            description = "索引目录（默认：${DEFAULT-VALUE}）")
    Path directory;

    @Override
    public Integer call() {
        long count;
        try (Workspace workspace = Workspace.open(); PublicationIndex index = PublicationIndex.open(directory)) {
            count = CatalogueIndexer.rebuild(workspace.services, index);
        }
        spec.commandLine().getErr().printf("已重建检索索引：%d 条公开信息%n", count);
        return 0;
    }
}
