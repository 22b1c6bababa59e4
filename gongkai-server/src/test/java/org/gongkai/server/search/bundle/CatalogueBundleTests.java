package org.gongkai.server.search.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongkai.agency.Agency;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.security.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueBundleTests {

    private static final byte[] PDF = "%PDF-1.7 指标表".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOCX = "PK 说明".getBytes(StandardCharsets.UTF_8);
    private static final Attachment PDF_REF = new Attachment("A-1", "指标表.pdf", "application/pdf", PDF.length, Sha256.hex(PDF));
    private static final Attachment DOCX_REF = new Attachment("A-2", "说明.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX.length, Sha256.hex(DOCX));
    private static final Map<String, byte[]> STORE = Map.of("A-1", PDF, "A-2", DOCX);

    private static final CatalogueEntry OLD = new CatalogueEntry("P-1", IndexNumber.parse("SH-HZB-2023-00001"),
            new CatalogueContent("SH-HZB", PublicationKind.NORMATIVE_DOCUMENT, "对口支援项目管理办法", Optional.of("沪合规〔2023〕1号"), 1,
                    LocalDate.of(2023, 5, 1), Optional.of(LocalDate.of(2028, 5, 31)), Optional.of("综合政务"), List.of("对口支援", "项目"),
                    List.of(PDF_REF), "第一条 为规范……\n第二条 本办法适用于……"),
            LocalDate.of(2023, 5, 6), Optional.of(LocalDate.of(2024, 9, 5)), Optional.empty());
    private static final CatalogueEntry NEW = new CatalogueEntry("P-2", IndexNumber.parse("SH-HZB-2024-00001"),
            new CatalogueContent("SH-HZB", PublicationKind.NORMATIVE_DOCUMENT, "对口支援项目管理办法（修订）", Optional.empty(), 1,
                    LocalDate.of(2024, 9, 2), Optional.empty(), Optional.empty(), List.of(), List.of(DOCX_REF), "修订后的全文"),
            LocalDate.of(2024, 9, 5), Optional.empty(), Optional.of("P-1"));

    private static final List<Agency> AGENCIES = List.of(new Agency("SH-HZB", "上海市人民政府合作交流办公室", Optional.empty()));

    private static byte[] export(List<CatalogueEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueBundle.Summary summary = CatalogueBundle.export(AGENCIES, entries.stream(),
                a -> new ByteArrayInputStream(STORE.get(a.id())), BundleParts.toZip(out), CatalogueBundle.Progress.NONE);
        assertThat(summary).isEqualTo(new CatalogueBundle.Summary(entries.size(), 2));
        return out.toByteArray();
    }

    /** Read a ZIP bundle; return its entries and put its files in {@code files}. */
    private static List<CatalogueEntry> read(byte[] bundle, Map<String, byte[]> files) throws IOException {
        List<CatalogueEntry> entries = new ArrayList<>();
        CatalogueBundle.read(BundleParts.fromZip(new ByteArrayInputStream(bundle)), new CatalogueBundle.Receiver() {
            @Override
            public void entries(List<Agency> agencies, List<CatalogueBundle.Line> lines) {
                assertThat(agencies).isEqualTo(AGENCIES);
                lines.forEach(l -> entries.add(l.entry()));
            }

            @Override
            public void file(Attachment attachment, byte[] bytes) {
                files.put(attachment.id(), bytes);
            }
        }, CatalogueBundle.Progress.NONE);
        return entries;
    }

    @Test
    void exportThenImportGivesBackTheSameEntriesAndFiles() throws IOException {
        Map<String, byte[]> imported = new HashMap<>();
        List<CatalogueEntry> entries = read(export(List.of(OLD, NEW)), imported);

        assertThat(entries).containsExactly(OLD, NEW);
        assertThat(imported).containsOnlyKeys("A-1", "A-2");
        assertThat(imported.get("A-1")).isEqualTo(PDF);
        assertThat(imported.get("A-2")).isEqualTo(DOCX);
    }

    @Test
    void bundleIsJsonLinesWithStableIdentifiersAndFilesByAttachmentId() throws IOException {
        Map<String, byte[]> parts = unzip(export(List.of(OLD, NEW)));
        assertThat(parts.keySet()).containsExactly("manifest.json", "catalogue.jsonl", "files/A-1", "files/A-2");
        String[] lines = new String(parts.get("catalogue.jsonl"), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"id\":\"P-1\"", "\"indexNumber\":\"SH-HZB-2023-00001\"", "\"repealedOn\":\"2024-09-05\"",
                "\"path\":\"files/A-1\"");
        assertThat(lines[1]).contains("\"previousVersion\":\"P-1\"");
        assertThat(new String(parts.get("manifest.json"), StandardCharsets.UTF_8)).contains("gongkai-catalogue/1");
    }

    @Test
    void corruptedFileIsRefused() throws IOException {
        Map<String, byte[]> parts = unzip(export(List.of(OLD, NEW)));
        parts.put("files/A-1", "%PDF-1.7 改过的".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(zip(parts), new HashMap<>()))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("files/A-1").hasMessageContaining("SHA-256");
    }

    @Test
    void missingFileIsRefused() throws IOException {
        Map<String, byte[]> parts = unzip(export(List.of(OLD, NEW)));
        parts.remove("files/A-2");
        assertThatThrownBy(() -> read(zip(parts), new HashMap<>()))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("缺少文件：files/A-2");
    }

    @Test
    void badLineIsReportedByNumberAndField() throws IOException {
        Map<String, byte[]> parts = unzip(export(List.of(OLD, NEW)));
        String jsonl = new String(parts.get("catalogue.jsonl"), StandardCharsets.UTF_8);
        parts.put("catalogue.jsonl", jsonl.replace("\"publishedOn\":\"2024-09-05\"", "\"publishedOn\":\"5/9/2024\"").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(zip(parts), new HashMap<>()))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("catalogue.jsonl 第 2 行：publishedOn 须为 yyyy-mm-dd 格式的日期，收到“5/9/2024”");
    }

    @Test
    void duplicateIdIsRefused() throws IOException {
        Map<String, byte[]> parts = unzip(export(List.of(OLD, NEW)));
        String first = new String(parts.get("catalogue.jsonl"), StandardCharsets.UTF_8).split("\n")[0];
        parts.put("catalogue.jsonl", (first + "\n" + first.replace("A-1", "A-3") + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(zip(parts), new HashMap<>()))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("第 2 行：id P-1 重复");
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws IOException {
        assertThat(export(List.of(OLD, NEW))).isEqualTo(export(List.of(OLD, NEW)));
    }

    @Test
    void directoryBundleHoldsTheSamePartsAsTheZip(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("bundle");
        CatalogueBundle.export(AGENCIES, List.of(OLD, NEW).stream(), a -> new ByteArrayInputStream(STORE.get(a.id())),
                BundleParts.toDirectory(target), CatalogueBundle.Progress.NONE);
        Map<String, byte[]> zipped = unzip(export(List.of(OLD, NEW)));
        for (Map.Entry<String, byte[]> part : zipped.entrySet()) {
            assertThat(Files.readAllBytes(target.resolve(part.getKey()))).as(part.getKey()).isEqualTo(part.getValue());
        }
        List<Integer> progress = new ArrayList<>();
        CatalogueBundle.Summary read = CatalogueBundle.read(BundleParts.fromDirectory(target), new CatalogueBundle.Receiver() {
            @Override
            public void entries(List<Agency> agencies, List<CatalogueBundle.Line> lines) {
                assertThat(lines).extracting(CatalogueBundle.Line::number).containsExactly(1, 2);
            }

            @Override
            public void file(Attachment attachment, byte[] bytes) {
                assertThat(bytes).isEqualTo(STORE.get(attachment.id()));
            }
        }, (done, total) -> progress.add(done * 10 + total));
        assertThat(read).isEqualTo(new CatalogueBundle.Summary(2, 2));
        assertThat(progress).containsExactly(12, 22);
    }

    @Test
    void entryOfAnAgencyMissingFromTheManifestIsRefused() throws IOException {
        Map<String, byte[]> parts = unzip(export(List.of(OLD, NEW)));
        String jsonl = new String(parts.get("catalogue.jsonl"), StandardCharsets.UTF_8);
        parts.put("catalogue.jsonl", jsonl.replace("\"agency\":\"SH-HZB\"", "\"agency\":\"XX\"").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(zip(parts), new HashMap<>()))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("catalogue.jsonl 第 1 行：发布机构 XX 不在 manifest.json 的 agencies 中");
    }

    @Test
    void manifestCountsMustMatchTheCatalogue() throws IOException {
        Map<String, byte[]> parts = unzip(export(List.of(OLD, NEW)));
        String jsonl = new String(parts.get("catalogue.jsonl"), StandardCharsets.UTF_8);
        parts.put("catalogue.jsonl", jsonl.split("\n")[0].getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(zip(parts), new HashMap<>()))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("记载 2 个条目");
    }

    @Test
    void otherZipFilesAreNotTakenForBundles() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(zip(parts), new HashMap<>()))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("不是公开目录归档包");
    }

    private static Map<String, byte[]> unzip(byte[] bundle) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
