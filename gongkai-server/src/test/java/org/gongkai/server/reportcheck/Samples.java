package org.gongkai.server.reportcheck;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared folder (../shared beside the checkout), found by walking up from the working directory. */
final class Samples {

    private Samples() {
    }

    static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/samples"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared/samples folder above " + Path.of("").toAbsolutePath());
    }
}
