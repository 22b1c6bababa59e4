package org.gongkai.server.publications;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gongkai.server.documents.AttachmentText;
import org.gongkai.server.security.Sha256;
import org.gongkai.server.store.RefusedException;

/**
 * Checks a file a clerk attaches to an item: not empty, within the size limit
 * ({@code gongkai.publications.max-attachment-size}), a PDF or DOCX judged by its content, named with the matching
 * extension, and readable (its text is extracted here, once).
 */
public final class AttachmentUploads {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private static final long MEGABYTE = 1024 * 1024;

    private final long maxBytes;

    public AttachmentUploads(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Return the check for files of at most {@code maxBytes}, refusing a limit that the server's limit for one whole
     * form submission ({@code maxSubmissionBytes}, spring.servlet.multipart.max-request-size) would make unreachable:
     * a file over the attachment limit must reach the form, which names it, rather than be cut off by the server.
     */
    public static AttachmentUploads within(long maxBytes, long maxSubmissionBytes) {
        if (maxSubmissionBytes < 0 || maxBytes >= maxSubmissionBytes) {
            throw new IllegalStateException("gongkai.publications.max-attachment-size (" + maxBytes
                    + " bytes) must be below spring.servlet.multipart.max-request-size (" + maxSubmissionBytes
                    + " bytes; a negative value, no limit, is not allowed)");
        }
        return new AttachmentUploads(maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Return the file ready to store.
     *
     * @param fileName the name as the browser sent it (a path is cut to its last part)
     * @throws RefusedException with a Chinese message naming the file and the fault
     */
    public AttachmentFile accept(String fileName, byte[] bytes) {
        String name = baseName(fileName);
        if (name.isBlank()) {
            throw new RefusedException("附件缺少文件名。");
        }
        if (bytes.length == 0) {
            throw new RefusedException("附件“" + name + "”是空文件。");
        }
        if (bytes.length > maxBytes) {
            throw new RefusedException("附件“" + name + "”有 " + size(bytes.length) + "，超过上限 " + size(maxBytes) + "。");
        }
        String type = typeOf(bytes);
        if (type == null) {
            throw new RefusedException("附件“" + name + "”不是 PDF 或 DOCX 文件（按文件内容判断），只能上传这两种格式。");
        }
        String extension = type.equals(PDF) ? ".pdf" : ".docx";
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new RefusedException("附件“" + name + "”的内容是 " + (type.equals(PDF) ? "PDF" : "DOCX")
                    + " 文件，文件名应以 " + extension + " 结尾。");
        }
        String text;
        try {
            text = AttachmentText.extract(name, type, bytes);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage() + "。");
        }
        return new AttachmentFile(name, type, bytes, Sha256.hex(bytes), text);
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Return the media type the content shows, or null for anything but a PDF or a DOCX. */
    static String typeOf(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(bytes, ZIP_MAGIC) && isWordDocument(bytes)) {
            return DOCX;
        }
        return null;
    }

    private static boolean isWordDocument(byte[] bytes) {
        boolean types = false;
        boolean document = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                types |= e.getName().equals("[Content_Types].xml");
                document |= e.getName().equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return types && document;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Return a size as people read it: "256 KB", "20 MB", "1.5 MB". */
    public static String size(long bytes) {
        long unit = bytes < MEGABYTE ? 1024 : MEGABYTE;
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + (unit == MEGABYTE ? " MB" : " KB");
    }
}
