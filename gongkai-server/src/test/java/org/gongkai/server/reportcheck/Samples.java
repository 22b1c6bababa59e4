package org.gongkai.server.reportcheck;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The real published reports kept with the core's tests, on this module's test class path as {@code samples/}. */
public final class Samples {

    private Samples() {
    }

    /** Return the samples folder. */
    public static Path folder() {
        URL url = Samples.class.getResource("/samples/README.md");
        if (url == null) {
            throw new IllegalStateException("no samples/README.md on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Return the seed report: the agency's 2025 report that the product must produce and check. */
    public static Path seed() {
        return folder().resolve("seed-2025-shanghai-hzb.txt");
    }
}
