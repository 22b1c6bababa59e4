package org.gongkai.server.search.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The two shapes of a bundle: one ZIP file, or a directory holding the same parts as files (for a system that would
 * rather not unzip). ZIP entries carry a fixed time, so exporting the same catalogue twice gives the same bytes.
 */
public final class BundleParts {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private BundleParts() {
    }

    /** Where an export writes its parts, in order. */
    public interface Output {
        void put(String name, InputStream content) throws IOException;

        /** Finish the bundle (the ZIP's directory); the underlying stream is left open. */
        void finish() throws IOException;
    }

    /** One part read from a bundle, with its bytes. */
    public record Part(String name, byte[] bytes) {
    }

    /** Where an import reads parts from, in order: manifest, catalogue, then the files. */
    public interface Input {
        /** Return the next part, or null after the last. */
        Part next() throws IOException;
    }

    public static Output toZip(OutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        return new Output() {
            @Override
            public void put(String name, InputStream content) throws IOException {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                content.transferTo(zip);
                zip.closeEntry();
            }

            @Override
            public void finish() throws IOException {
                zip.finish();
            }
        };
    }

    /** Write the parts as files under {@code dir}, which must be empty or not exist yet. */
    public static Output toDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> existing = Files.list(dir)) {
            if (existing.findAny().isPresent()) {
                throw new BundleFormatException("目录 " + dir + " 不是空目录，请指定一个空目录或新目录");
            }
        }
        return new Output() {
            @Override
            public void put(String name, InputStream content) throws IOException {
                Path file = dir.resolve(name);
                Files.createDirectories(file.getParent());
                Files.copy(content, file);
            }

            @Override
            public void finish() {
            }
        };
    }

    public static Input fromZip(InputStream in) {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        return () -> {
            ZipEntry entry = zip.getNextEntry();
            return entry == null ? null : new Part(entry.getName(), zip.readAllBytes());
        };
    }

    /** Read the parts of a bundle written as a directory: the manifest, the catalogue, then {@code files/} by name. */
    public static Input fromDirectory(Path dir) throws IOException {
        List<String> names = new ArrayList<>(List.of(CatalogueBundle.MANIFEST, CatalogueBundle.CATALOGUE));
        Path files = dir.resolve(CatalogueBundle.FILES);
        if (Files.isDirectory(files)) {
            try (Stream<Path> list = Files.list(files)) {
                list.map(p -> CatalogueBundle.FILES + p.getFileName()).sorted().forEach(names::add);
            }
        }
        Iterator<String> it = names.iterator();
        return () -> {
            while (it.hasNext()) {
                String name = it.next();
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file)) {
                    return new Part(name, Files.readAllBytes(file));
                }
            }
            return null;
        };
    }
}
