package org.gongkai.report.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.json.Json;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.render.ReportJson;

/** The real published reports kept with the tests ({@code src/test/resources/samples}), read from the class path. */
final class SampleReports {

    private SampleReports() {
    }

    /** Return the samples folder on the test class path. */
    static Path folder() {
        URL url = SampleReports.class.getResource("/samples/README.md");
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
    static Path seed() {
        return folder().resolve("seed-2025-shanghai-hzb.txt");
    }

    /** Return every sample input that has a truth file, with the given extension, in name order. */
    static List<Path> inputs(String extension) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".truth.json"))
                    .map(p -> sibling(p, ".truth.json", "." + extension))
                    .filter(Files::exists)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Return the hand-read figures of a sample as a report; {@code null} figures stay unknown. */
    static AnnualReport truth(Path input) {
        return ReportJson.read(read(sibling(input, extension(input), ".truth.json")));
    }

    /** Return the format the sample's truth or meta file names. */
    static ReportFormat format(Path input) {
        Path meta = sibling(input, extension(input), ".meta.json");
        Object code = tree(sibling(input, extension(input), ".truth.json")).get("format");
        if (code == null && Files.exists(meta)) {
            code = tree(meta).get("format");
        }
        return "2019".equals(code) ? ReportFormat.FORMAT_2019 : ReportFormat.FORMAT_2021;
    }

    static List<?> errorsAsPrinted(Path input) {
        Object errors = tree(sibling(input, extension(input), ".truth.json")).get("errorsAsPrinted");
        return errors == null ? List.of() : (List<?>) errors;
    }

    private static Map<?, ?> tree(Path json) {
        return (Map<?, ?>) Json.parse(read(json));
    }

    private static String extension(Path input) {
        String name = input.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    private static Path sibling(Path file, String suffix, String replacement) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + replacement);
    }
}
