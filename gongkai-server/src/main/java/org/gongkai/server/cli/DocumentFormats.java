package org.gongkai.server.cli;

import org.gongkai.server.documents.DocumentFormat;

/** Parse {@code --format pdf|docx} of the commands that write documents. */
final class DocumentFormats {

    private DocumentFormats() {
    }

    static DocumentFormat parse(String format) {
        return switch (format) {
            case "pdf" -> DocumentFormat.PDF;
            case "docx" -> DocumentFormat.DOCX;
            default -> throw new BadInputException("--format 只能是 pdf 或 docx，而不是 " + format);
        };
    }
}
