package org.gongkai.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.gongkai.server.search.bundle.BundleFormatException;
import org.gongkai.server.search.bundle.BundleParts;
import org.gongkai.server.search.bundle.CatalogueArchive;
import org.gongkai.server.search.bundle.CatalogueBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gongkai catalogue export DIR|FILE}: the whole public catalogue with its files as one bundle. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "把整个主动公开目录（目录信息、正文和附件）导出为一个归档包（gongkai-catalogue/1：JSON Lines 加文件，标识稳定），"
                + "供其他系统导入。以 .zip 结尾的路径写成 ZIP 文件，其他路径写成目录（须为空目录或新目录）。"
                + "数据库由 SPRING_DATASOURCE_URL 等环境变量指定，默认为 ./data 下的 H2 数据库。")
final class CatalogueExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR|FILE", description = "归档包：目录，或以 .zip 结尾的文件")
    Path target;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CatalogueBundle.Summary summary;
        try (Workspace workspace = Workspace.open()) {
            CatalogueArchive archive = workspace.assembly.catalogueArchive;
            CatalogueBundle.Progress progress = BundlePaths.progress(err, "已导出");
            summary = BundlePaths.isZip(target) ? toZip(archive, progress) : archive.export(BundleParts.toDirectory(target), progress);
        } catch (BundleFormatException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        err.printf("已导出主动公开目录：%d 条公开信息，%d 个附件 → %s%n", summary.entries(), summary.files(), target);
        return 0;
    }

    /** Write the ZIP beside the target first, so a failed export leaves no half-written file. */
    private CatalogueBundle.Summary toZip(CatalogueArchive archive, CatalogueBundle.Progress progress) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), ".catalogue-", ".zip.part");
        try {
            CatalogueBundle.Summary summary;
            try (OutputStream out = Files.newOutputStream(partial)) {
                summary = archive.export(BundleParts.toZip(out), progress);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
