package org.gongkai.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.gongkai.server.search.bundle.CatalogueBundle;

/** How the catalogue commands read a path (a name ending in .zip is a ZIP file, anything else a directory) and show progress. */
final class BundlePaths {

    private BundlePaths() {
    }

    static boolean isZip(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Return progress printed on {@code err} about every twentieth of the files, and at the last one. */
    static CatalogueBundle.Progress progress(PrintWriter err, String verb) {
        return (done, total) -> {
            int step = Math.max(1, total / 20);
            if (done % step == 0 || done == total) {
                err.printf("%s文件 %d/%d%n", verb, done, total);
            }
        };
    }
}
