package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.server.testing.ExternalTools;

/** Read PDFs back in tests: their text (PDFBox), and their pages as PNG images (pdftoppm) under target/. */
final class PdfPages {

    static final Path REVIEW = Path.of("target", "documents-review");

    private PdfPages() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Render page {@code page} (from 1) at a low resolution to {@code target/documents-review/<name>.png}. */
    static Path png(byte[] pdf, int page, String name) throws IOException, InterruptedException {
        Path pdftoppm = ExternalTools.require("pdftoppm", "apt-get install poppler-utils");
        Files.createDirectories(REVIEW);
        Path source = REVIEW.resolve(name + ".pdf");
        Files.write(source, pdf);
        Process process = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60", "-f", String.valueOf(page), "-l",
                String.valueOf(page), "-singlefile", source.toString(), REVIEW.resolve(name).toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pdftoppm: " + output).isZero();
        return REVIEW.resolve(name + ".png");
    }

    /** Return the share of pixels, in [0, 1], that are clearly not white. */
    static double inkShare(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
                if (darkest < 160) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
