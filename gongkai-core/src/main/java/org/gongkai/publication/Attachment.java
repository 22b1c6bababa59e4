package org.gongkai.publication;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a file published with a catalogue item (the file itself lives in the store).
 *
 * @param id stable identifier, unique across the catalogue; used in bundle paths and download links
 * @param sha256 lower-case hex digest of the file's bytes, so a copy can be checked
 */
public record Attachment(String id, String fileName, String mediaType, long sizeBytes, String sha256) {

    private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]*");

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("附件标识“" + id + "”只能由字母、数字和 . _ - 组成");
        }
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("附件文件名“" + fileName + "”不能为空，也不能含路径");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("附件大小不能为负数：" + sizeBytes);
        }
        if (!HEX_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("附件摘要须为 64 位小写十六进制 SHA-256，收到“" + sha256 + "”");
        }
    }
}
