package org.gongkai.server.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Programs some tests need from the machine (chromium, pdftoppm). On a developer machine without them those tests
 * are skipped with the reason; in CI ({@code CI} set), where {@code .ci/run} installs them, a missing one fails.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** Return the path of {@code command} on the PATH, skipping (or, in CI, failing) the test when absent. */
    public static Path require(String command, String installHint) {
        Optional<Path> found = onPath(command);
        if (found.isEmpty()) {
            String reason = command + " is not on the PATH (" + installHint + "; .ci/run installs it)";
            if (System.getenv("CI") != null) {
                fail(reason);
            }
            assumeTrue(false, "Skipped: " + reason);
        }
        return found.get();
    }

    private static Optional<Path> onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }
}
