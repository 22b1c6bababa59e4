package org.gongkai.server.search.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive of the public catalogue as one ZIP bundle another system can import: {@code manifest.json}, then
 * {@code catalogue.jsonl} (one entry per line, in the order given), then each attachment at {@code files/<attachment id>}.
 * Entry ids, index numbers and attachment ids are kept as they are, so a re-import updates rather than duplicates.
 */
public final class CatalogueBundle {

    public static final String FORMAT = "gongkai-catalogue/1";
    static final String MANIFEST = "manifest.json";
    static final String CATALOGUE = "catalogue.jsonl";
    private static final String FILES = "files/";

    private CatalogueBundle() {
    }

    /** Where the store keeps attachment bytes, for export. */
    @FunctionalInterface
    public interface FileSource {
        InputStream open(Attachment attachment) throws IOException;
    }

    /** What receives each attachment on import, after its size and SHA-256 were checked. */
    @FunctionalInterface
    public interface FileSink {
        void accept(Attachment attachment, byte[] bytes) throws IOException;
    }

    /** What an export or import moved. */
    public record Summary(int entries, int files) {
    }

    static String filePath(Attachment attachment) {
        return FILES + attachment.id();
    }

    /** Write the bundle of {@code entries} with their files to {@code out} (not closed). */
    public static Summary export(Stream<CatalogueEntry> entries, FileSource files, OutputStream out) throws IOException {
        StringBuilder lines = new StringBuilder();
        List<Attachment> attachments = new ArrayList<>();
        int count = 0;
        for (Iterator<CatalogueEntry> it = entries.iterator(); it.hasNext(); count++) {
            CatalogueEntry entry = it.next();
            lines.append(EntryJson.write(entry)).append('\n');
            attachments.addAll(entry.content().attachments());
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        ObjectNode manifest = EntryJson.JSON.createObjectNode()
                .put("format", FORMAT).put("entries", count).put("files", attachments.size());
        put(zip, MANIFEST, EntryJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        put(zip, CATALOGUE, lines.toString().getBytes(StandardCharsets.UTF_8));
        for (Attachment a : attachments) {
            zip.putNextEntry(new ZipEntry(filePath(a)));
            try (InputStream in = files.open(a)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        return new Summary(count, attachments.size());
    }

    /**
     * Read a bundle: return its entries in order and hand each attachment to {@code sink}. Every file must match its
     * entry's size and SHA-256, and every referenced file must be present.
     *
     * @throws BundleFormatException naming the part at fault
     */
    public static List<CatalogueEntry> read(InputStream in, FileSink sink) throws IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry part = zip.getNextEntry();
        if (part == null || !part.getName().equals(MANIFEST)) {
            throw new BundleFormatException("不是公开目录归档包：第一个文件应为 " + MANIFEST);
        }
        checkManifest(zip.readAllBytes());
        part = zip.getNextEntry();
        if (part == null || !part.getName().equals(CATALOGUE)) {
            throw new BundleFormatException("归档包缺少 " + CATALOGUE + "（应紧随 " + MANIFEST + "）");
        }
        List<CatalogueEntry> entries = entries(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        Map<String, Attachment> expected = new HashMap<>();
        entries.forEach(e -> e.content().attachments().forEach(a -> expected.put(filePath(a), a)));
        while ((part = zip.getNextEntry()) != null) {
            Attachment attachment = expected.remove(part.getName());
            if (attachment == null) {
                throw new BundleFormatException("归档包中的文件 " + part.getName() + " 不属于任何条目，或出现了两次");
            }
            byte[] bytes = zip.readAllBytes();
            if (bytes.length != attachment.sizeBytes() || !sha256(bytes).equals(attachment.sha256())) {
                throw new BundleFormatException("文件 " + part.getName() + "（" + attachment.fileName() + "）的大小或 SHA-256 与目录不符，文件已损坏");
            }
            sink.accept(attachment, bytes);
        }
        if (!expected.isEmpty()) {
            throw new BundleFormatException("归档包缺少文件：" + String.join("、", expected.keySet().stream().sorted().toList()));
        }
        return entries;
    }

    /** Return the lower-case hex SHA-256 of {@code bytes}, as {@link Attachment#sha256()} holds it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void checkManifest(byte[] bytes) {
        JsonNode manifest;
        try {
            manifest = EntryJson.JSON.readTree(bytes);
        } catch (RuntimeException e) {
            throw new BundleFormatException(MANIFEST + " 不是有效的 JSON", e);
        }
        JsonNode format = manifest.get("format");
        if (format == null || !FORMAT.equals(format.asString())) {
            throw new BundleFormatException(MANIFEST + " 的 format 应为 " + FORMAT);
        }
    }

    private static List<CatalogueEntry> entries(String jsonl) {
        List<CatalogueEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> indexNumbers = new HashSet<>();
        Set<String> attachmentIds = new HashSet<>();
        BufferedReader lines = new BufferedReader(new StringReader(jsonl));
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                CatalogueEntry entry = entry(line, number);
                String duplicate = !ids.add(entry.id()) ? "id " + entry.id()
                        : !indexNumbers.add(entry.indexNumber().toString()) ? "索引号 " + entry.indexNumber()
                        : entry.content().attachments().stream().map(Attachment::id).filter(id -> !attachmentIds.add(id))
                                .findFirst().map(id -> "附件标识 " + id).orElse(null);
                if (duplicate != null) {
                    throw new BundleFormatException(CATALOGUE + " 第 " + number + " 行：" + duplicate + " 重复");
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static CatalogueEntry entry(String line, int number) {
        try {
            return EntryJson.read(line);
        } catch (RuntimeException e) {
            throw new BundleFormatException(CATALOGUE + " 第 " + number + " 行：" + e.getMessage(), e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
