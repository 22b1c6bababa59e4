package org.gongkai.server.cli;

import java.util.concurrent.Callable;
import org.gongkai.server.search.CatalogueIndexer;
import org.gongkai.server.search.PublicationIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gongkai catalogue reindex}: rebuild the search index from the database, without the server. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "从数据库重建主动公开目录的检索索引（须先停止服务）。数据库由 SPRING_DATASOURCE_URL 等环境变量指定，默认为 ./data 下的 H2 数据库。")
final class CatalogueReindexCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SearchIndexOption index;

    @Override
    public Integer call() {
        long count;
        try (Workspace workspace = Workspace.open(); PublicationIndex opened = index.open()) {
            count = CatalogueIndexer.rebuild(workspace.assembly.storedEntries, opened);
        }
        spec.commandLine().getErr().printf("已重建检索索引：%d 条公开信息%n", count);
        return 0;
    }
}
