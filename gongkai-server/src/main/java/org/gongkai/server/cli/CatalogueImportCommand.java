package org.gongkai.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.server.search.PublicationIndex;
import org.gongkai.server.search.StoredEntries;
import org.gongkai.server.search.bundle.BundleFormatException;
import org.gongkai.server.search.bundle.BundleParts;
import org.gongkai.server.search.bundle.CatalogueArchive;
import org.gongkai.server.search.bundle.CatalogueBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai catalogue import DIR|FILE}: load a catalogue bundle into the database, all or nothing, then add the
 * imported items to the search index. The index is opened first, so an index held by a running server refuses the
 * import before anything is written; a refused bundle leaves the index as it was.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "把 gongkai-catalogue/1 归档包（目录或 ZIP 文件）导入数据库：要么全部导入，要么什么也不导入；"
                + "导入后把导入的信息加入检索索引（须先停止服务）。"
                + "数据库由 SPRING_DATASOURCE_URL 等环境变量指定，默认为 ./data 下的 H2 数据库。")
final class CatalogueImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR|FILE", description = "归档包：目录，或 ZIP 文件")
    Path source;

    @Mixin
    SearchIndexOption index;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(source)) {
            throw new BadInputException("找不到 " + source);
        }
        try (Workspace workspace = Workspace.open(); PublicationIndex opened = index.open()) {
            CatalogueArchive.Imported imported = importBundle(workspace, err);
            err.printf("已导入主动公开目录：%d 条公开信息，%d 个附件。正在加入检索索引……%n", imported.summary().entries(),
                    imported.summary().files());
            err.flush();
            StoredEntries stored = workspace.assembly.storedEntries;
            long count = opened.indexAll(imported.publications().stream().map(stored::document).flatMap(Optional::stream));
            err.printf("已加入检索索引：%d 条公开信息%n", count);
        }
        return 0;
    }

    private CatalogueArchive.Imported importBundle(Workspace workspace, PrintWriter err) throws IOException {
        CatalogueArchive archive = workspace.assembly.catalogueArchive;
        CatalogueBundle.Progress progress = BundlePaths.progress(err, "已读入");
        try {
            if (Files.isDirectory(source)) {
                return archive.importBundle("import", BundleParts.fromDirectory(source), progress);
            }
            try (InputStream in = Files.newInputStream(source)) {
                return archive.importBundle("import", BundleParts.fromZip(in), progress);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("找不到 " + e.getFile());
        } catch (BundleFormatException e) {
            throw new BadInputException(source + "：" + e.getMessage() + "；没有导入任何内容。", e);
        }
    }
}
