package org.gongkai.server.publications;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sends a stored file: its own media type, its name (UTF-8, RFC 6266) as an attachment, and no type sniffing. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentLength(file.bytes().length)
                .body(file.bytes());
    }
}
