package org.gongkai.report.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.json.Json;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.render.ReportJson;

/** The project's shared samples (../shared beside the checkout), read straight from there. */
final class SharedSamples {

    private SharedSamples() {
    }

    /** Return the shared folder, found by walking up from the working directory. */
    static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/samples"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared/samples folder above " + Path.of("").toAbsolutePath());
    }

    /** Return every sample input that has a truth file, with the given extension, in name order. */
    static List<Path> inputs(String extension) {
        try (Stream<Path> files = Files.list(shared().resolve("samples"))) {
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
