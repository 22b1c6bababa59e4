package org.gongkai.server.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gongkai.server.search.PublicationIndex;
import picocli.CommandLine.Option;

/** {@code --index DIR}: the search index directory the server uses, for the commands that write the index. */
final class SearchIndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${gongkai.search.index-directory:-./data/index}",
            description = "索引目录，与服务的 gongkai.search.index-directory 相同（默认：${DEFAULT-VALUE}）")
    Path directory;

    /** Open the index, or refuse with one line when it cannot be opened (most often: the server holds it). */
    PublicationIndex open() {
        try {
            return PublicationIndex.open(directory);
        } catch (UncheckedIOException e) {
            throw new BadInputException("无法打开检索索引 " + directory + "：索引被占用或无法写入（服务是否正在运行？须先停止服务）。", e);
        }
    }
}
