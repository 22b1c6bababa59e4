package org.gongkai.server.documents;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.letter.IssuedLetter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The download of an issued letter from a web page, limited to the letters that page may show. */
public final class LetterDownloads {

    private LetterDownloads() {
    }

    /**
     * Return the letter {@code letterId} in the format named by {@code extension}, or 404 when it is not among
     * {@code shown} (the letters of the request the caller may see) or the format is unknown.
     */
    public static ResponseEntity<byte[]> file(LetterService letters, List<IssuedLetter> shown, String letterId,
            String extension) {
        Optional<DocumentFormat> format = Stream.of(DocumentFormat.values())
                .filter(f -> f.extension().equals(extension)).findFirst();
        if (format.isEmpty() || shown.stream().noneMatch(l -> l.id().equals(letterId))) {
            return ResponseEntity.notFound().build();
        }
        byte[] file = letters.download(letterId, format.get()).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.get().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(letterId + "." + format.get().extension()).build().toString())
                .body(file);
    }
}
