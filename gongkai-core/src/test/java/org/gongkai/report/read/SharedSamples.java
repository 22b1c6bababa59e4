package org.gongkai.report.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.appeal.AppealKind;
import org.gongkai.dataset.json.Json;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;

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
                    .map(p -> p.resolveSibling(p.getFileName().toString().replace(".truth.json", "." + extension)))
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

    static Map<?, ?> truthTree(Path input) {
        String name = input.getFileName().toString();
        return (Map<?, ?>) Json.parse(read(input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json")));
    }

    /** Return the format the sample's truth or meta file names. */
    static ReportFormat format(Path input) {
        String name = input.getFileName().toString();
        Path meta = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".meta.json");
        Object code = truthTree(input).get("format");
        if (code == null && Files.exists(meta)) {
            code = ((Map<?, ?>) Json.parse(read(meta))).get("format");
        }
        return "2019".equals(code) ? ReportFormat.FORMAT_2019 : ReportFormat.FORMAT_2021;
    }

    /** Return the hand-read figures of a sample as a report; {@code null} figures stay unknown. */
    static AnnualReport truth(Path input) {
        Map<?, ?> tree = truthTree(input);
        Map<?, ?> rows = (Map<?, ?>) ((Map<?, ?>) tree.get("table3")).get("rows");
        Table3.Builder t3 = Table3.Builder.unknown();
        for (Table3Row row : Table3Row.values()) {
            List<?> cells = (List<?>) rows.get(row.name());
            for (ApplicantColumn column : ApplicantColumn.values()) {
                t3.set(row, column, cells == null ? null : integer(cells.get(column.ordinal())));
            }
        }
        Table4 t4 = Table4.unknown();
        Map<?, ?> appeals = (Map<?, ?>) tree.get("table4");
        for (AppealKind kind : AppealKind.values()) {
            List<?> cells = (List<?>) appeals.get(kind.name());
            for (Table4Column column : Table4Column.values()) {
                t4 = t4.with(kind, column, integer(cells.get(column.ordinal())));
            }
        }
        Table2 t2 = Table2.unknown();
        Map<?, ?> documents = (Map<?, ?>) tree.get("table2");
        if (documents != null) {
            t2 = new Table2(counts((List<?>) documents.get("RULE")), counts((List<?>) documents.get("NORMATIVE_DOCUMENT")),
                    integer(documents.get("LICENSING")), integer(documents.get("PENALTY")),
                    integer(documents.get("COERCION")), new BigDecimal((String) documents.get("FEES_WAN_YUAN")));
        }
        return new AnnualReport("", "", null, format(input), Map.of(), t2, t3.build(), t4, List.of());
    }

    static List<?> errorsAsPrinted(Path input) {
        Object errors = truthTree(input).get("errorsAsPrinted");
        return errors == null ? List.of() : (List<?>) errors;
    }

    private static Table2.DocumentCounts counts(List<?> cells) {
        return new Table2.DocumentCounts(integer(cells.get(0)), integer(cells.get(1)), integer(cells.get(2)));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((BigDecimal) value).intValueExact();
    }
}
