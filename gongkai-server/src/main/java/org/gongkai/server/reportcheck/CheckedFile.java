package org.gongkai.server.reportcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.read.ReportCheck;

/**
 * The check of one file: what was read and found, or why the file could not be read at all.
 *
 * @param read the reading, or {@code null} when the file could not be read
 * @param failure why the file could not be read, in Chinese, or empty
 */
public record CheckedFile(Path file, ReadReport read, List<Finding> findings, String failure) {

    public CheckedFile {
        findings = List.copyOf(findings);
    }

    /** Read and check one file; a file that cannot be read gives a result that says why, never an exception. */
    public static CheckedFile check(Path file) {
        try {
            ReadReport read = ReportFiles.read(file);
            return new CheckedFile(file, read, ReportCheck.check(read), "");
        } catch (IOException | RuntimeException e) {
            return new CheckedFile(file, null, List.of(), "无法读取（" + e.getClass().getSimpleName() + "）");
        }
    }

    public boolean isReadable() {
        return read != null;
    }

    public boolean hasError() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** Return whether the report departs from the prescribed format (see {@link Finding#isFormat()}). */
    public boolean hasFormatFinding() {
        return findings.stream().anyMatch(Finding::isFormat);
    }
}
