package org.gongkai.server.console;

import org.gongkai.server.publications.AttachmentUploads;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;

/**
 * The limits on the draft form's files as people read them: per file ({@code gongkai.publications.max-attachment-size},
 * checked by the form) and per submission ({@code spring.servlet.multipart.max-request-size}, enforced by the server,
 * which refuses a larger submission with 413 before any controller runs; templates/error/413.html names both).
 */
@Component(UploadLimits.BEAN)
class UploadLimits {

    static final String BEAN = "uploadLimits";

    private final String perFile;
    private final String perSubmission;

    UploadLimits(MultipartProperties multipart, AttachmentUploads uploads) {
        this.perFile = AttachmentUploads.size(uploads.maxBytes());
        this.perSubmission = AttachmentUploads.size(multipart.getMaxRequestSize().toBytes());
    }

    public String perFile() {
        return perFile;
    }

    public String perSubmission() {
        return perSubmission;
    }
}
