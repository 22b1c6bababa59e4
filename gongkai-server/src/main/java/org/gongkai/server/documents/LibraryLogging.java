package org.gongkai.server.documents;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.LoggerFactory;

/**
 * Keep the PDF libraries' chatter out of the output: openhtmltopdf reports its timings at INFO, and PDFBox
 * warns at every run that the standard Type 1 fonts (never used here: all text is in the embedded font)
 * are not installed. Problems are still reported: openhtmltopdf from WARNING, PDFBox from ERROR.
 */
final class LibraryLogging {

    private LibraryLogging() {
    }

    static void quiet() {
        for (String name : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(name, java.util.logging.Level.WARNING);
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
            context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        }
    }
}
