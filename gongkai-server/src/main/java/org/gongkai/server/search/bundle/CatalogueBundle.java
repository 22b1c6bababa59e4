package org.gongkai.server.search.bundle;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.agency.Agency;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.server.security.Sha256;

/**
 * The archive of the public catalogue as one bundle another system can import: {@code manifest.json} (format, counts,
 * the publishing agencies), then {@code catalogue.jsonl} (one entry per line, in the order given, with its text), then
 * each attachment at {@code files/<attachment id>}. Entry ids, index numbers and attachment ids are kept as they are.
 * The bundle is a ZIP file or a directory of the same parts ({@link BundleParts}).
 */
public final class CatalogueBundle {

    public static final String FORMAT = "gongkai-catalogue/1";
    static final String MANIFEST = "manifest.json";
    static final String CATALOGUE = "catalogue.jsonl";
    static final String FILES = "files/";

    private CatalogueBundle() {
    }

    /** Where the store keeps attachment bytes, for export. */
    @FunctionalInterface
    public interface FileSource {
        InputStream open(Attachment attachment) throws IOException;
    }

    /** What an import is given: first every entry (with its line number), then each file once checked. */
    public interface Receiver {
        void entries(List<Agency> agencies, List<Line> entries);

        void file(Attachment attachment, byte[] bytes) throws IOException;
    }

    /** Told how many of the bundle's files were moved so far, to show progress. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void files(int done, int total);
    }

    /** An entry with the number of its line in {@code catalogue.jsonl}. */
    public record Line(int number, CatalogueEntry entry) {
    }

    /** What an export or import moved. */
    public record Summary(int entries, int files) {
    }

    static String filePath(Attachment attachment) {
        return FILES + attachment.id();
    }

    /** Write the bundle of {@code agencies} and {@code entries} with their files to {@code out}, and finish it. */
    public static Summary export(List<Agency> agencies, Stream<CatalogueEntry> entries, FileSource files,
            BundleParts.Output out, Progress progress) throws IOException {
        StringBuilder lines = new StringBuilder();
        List<Attachment> attachments = new ArrayList<>();
        int count = 0;
        for (Iterator<CatalogueEntry> it = entries.iterator(); it.hasNext(); count++) {
            CatalogueEntry entry = it.next();
            lines.append(EntryJson.write(entry)).append('\n');
            attachments.addAll(entry.content().attachments());
        }
        out.put(MANIFEST, new ByteArrayInputStream(ManifestJson.write(agencies, count, attachments.size())));
        out.put(CATALOGUE, new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < attachments.size(); i++) {
            try (InputStream in = files.open(attachments.get(i))) {
                out.put(filePath(attachments.get(i)), in);
            }
            progress.files(i + 1, attachments.size());
        }
        out.finish();
        return new Summary(count, attachments.size());
    }

    /**
     * Read a bundle and hand its content to {@code receiver}. Every file must match its entry's size and SHA-256,
     * every referenced file must be present, and every entry's agency must be one of the manifest's.
     *
     * @throws BundleFormatException naming the part (and line) at fault
     */
    public static Summary read(BundleParts.Input in, Receiver receiver, Progress progress) throws IOException {
        BundleParts.Part part = in.next();
        if (part == null || !part.name().equals(MANIFEST)) {
            throw new BundleFormatException("不是公开目录归档包：第一个文件应为 " + MANIFEST);
        }
        ManifestJson manifest = ManifestJson.read(part.bytes());
        part = in.next();
        if (part == null || !part.name().equals(CATALOGUE)) {
            throw new BundleFormatException("归档包缺少 " + CATALOGUE + "（应紧随 " + MANIFEST + "）");
        }
        List<Line> lines = lines(new String(part.bytes(), StandardCharsets.UTF_8), manifest);
        Map<String, Attachment> expected = new HashMap<>();
        lines.forEach(l -> l.entry().content().attachments().forEach(a -> expected.put(filePath(a), a)));
        if (manifest.entries() != lines.size() || manifest.files() != expected.size()) {
            throw new BundleFormatException(MANIFEST + " 记载 " + manifest.entries() + " 个条目、" + manifest.files()
                    + " 个文件，而 " + CATALOGUE + " 列出 " + lines.size() + " 个条目、" + expected.size() + " 个文件");
        }
        receiver.entries(manifest.agencies(), lines);
        int total = expected.size();
        int done = 0;
        while ((part = in.next()) != null) {
            Attachment attachment = expected.remove(part.name());
            if (attachment == null) {
                throw new BundleFormatException("归档包中的文件 " + part.name() + " 不属于任何条目，或出现了两次");
            }
            byte[] bytes = part.bytes();
            if (bytes.length != attachment.sizeBytes() || !Sha256.hex(bytes).equals(attachment.sha256())) {
                throw new BundleFormatException("文件 " + part.name() + "（" + attachment.fileName() + "）的大小或 SHA-256 与目录不符，文件已损坏");
            }
            receiver.file(attachment, bytes);
            progress.files(++done, total);
        }
        if (!expected.isEmpty()) {
            throw new BundleFormatException("归档包缺少文件：" + String.join("、", expected.keySet().stream().sorted().toList()));
        }
        return new Summary(lines.size(), total);
    }

    private static List<Line> lines(String jsonl, ManifestJson manifest) {
        List<Line> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> indexNumbers = new HashSet<>();
        Set<String> attachmentIds = new HashSet<>();
        Set<String> agencies = new HashSet<>();
        manifest.agencies().forEach(a -> agencies.add(a.code()));
        BufferedReader lines = new BufferedReader(new StringReader(jsonl));
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                CatalogueEntry entry = entry(line, number);
                String fault = !ids.add(entry.id()) ? "id " + entry.id() + " 重复"
                        : !indexNumbers.add(entry.indexNumber().toString()) ? "索引号 " + entry.indexNumber() + " 重复"
                        : !agencies.contains(entry.content().agency()) ? "发布机构 " + entry.content().agency() + " 不在 " + MANIFEST + " 的 agencies 中"
                        : entry.content().attachments().stream().map(Attachment::id).filter(id -> !attachmentIds.add(id))
                                .findFirst().map(id -> "附件标识 " + id + " 重复").orElse(null);
                if (fault != null) {
                    throw new BundleFormatException(CATALOGUE + " 第 " + number + " 行：" + fault);
                }
                entries.add(new Line(number, entry));
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
}
