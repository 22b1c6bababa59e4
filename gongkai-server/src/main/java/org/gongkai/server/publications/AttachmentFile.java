package org.gongkai.server.publications;

import java.util.Objects;

/**
 * A file accepted for publishing, with what the catalogue stores about it.
 *
 * @param mediaType the type read from the content (never from the name)
 * @param sha256 lower-case hex digest of {@code bytes}
 * @param text the text read from the file, for search
 */
public record AttachmentFile(String fileName, String mediaType, byte[] bytes, String sha256, String text) {

    public AttachmentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
    }
}
