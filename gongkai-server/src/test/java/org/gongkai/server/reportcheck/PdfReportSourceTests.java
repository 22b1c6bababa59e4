package org.gongkai.server.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3Row;
import org.gongkai.report.read.CellRef;
import org.gongkai.report.read.Confidence;
import org.gongkai.report.read.ReadAccuracy;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.read.ReportReader;
import org.gongkai.report.read.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report laid out in a PDF with no separators between cells (only gaps, as a PDF table has) reads as its
 * plain text does: the rows are rebuilt from the characters' positions.
 */
class PdfReportSourceTests {

    private static final float FONT_SIZE = 6;
    private static final float LEFT = 30;
    private static final float LINE = 9;
    private static final int PROSE_WIDTH = 90;

    private static String seedText;
    private static byte[] seedPdf;

    @BeforeAll
    static void layOutTheSeed() throws IOException {
        seedText = Files.readString(Samples.seed());
        seedPdf = pdf(seedText);
    }

    @Test
    void seedLaidOutInAPdfReadsAsItsText() throws IOException {
        ReadReport fromPdf = ReportReader.read(PdfReportSource.of(seedPdf));
        ReadReport fromText = ReportReader.readText(seedText);

        ReadAccuracy accuracy = ReadAccuracy.of(fromText.report(), fromPdf.report());
        assertThat(accuracy.isExact()).as(accuracy.toString()).isTrue();
        assertThat(fromPdf.report().agencyName()).isEqualTo("上海市人民政府合作交流办公室");
    }

    @Test
    void aCellReadFromAPdfNamesItsPageAndPosition() throws IOException {
        ReadReport read = ReportReader.read(PdfReportSource.of(seedPdf));

        var source = read.sources().get(CellRef.table3(Table3Row.NEW, ApplicantColumn.NATURAL_PERSON));
        assertThat(source.confidence()).isEqualTo(Confidence.READ);
        assertThat(source.where()).matches("第\\d+页（x=\\d+, y=\\d+）");
    }

    @Test
    void cellsOfOneLineAreSplitAtGapsAndJoinedWithinAWord() throws IOException {
        SourceDocument document = PdfReportSource.of(pdf("行政许可\t12\t305"));

        List<String> cells = document.rows().get(0).stream().map(SourceDocument.Cell::text).toList();
        assertThat(cells).containsExactly("行政许可", "12", "305");
    }

    /** Lay each line out as its tab-separated cells, two characters apart; long prose lines wrap. */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream ttf = PdfReportSourceTests.class.getResourceAsStream(
                        "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(document, ttf);
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            for (String rawLine : text.split("\n")) {
                for (String line : wrap(rawLine)) {
                    if (content == null || y < 40) {
                        if (content != null) {
                            content.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        content.setFont(font, FONT_SIZE);
                        y = page.getMediaBox().getHeight() - 40;
                    }
                    float x = LEFT;
                    for (String cell : line.split("\t", -1)) {
                        if (!cell.isBlank()) {
                            content.beginText();
                            content.newLineAtOffset(x, y);
                            content.showText(cell.strip());
                            content.endText();
                        }
                        x += font.getStringWidth(cell.strip()) / 1000 * FONT_SIZE + 2 * FONT_SIZE;
                    }
                    y -= LINE;
                }
            }
            if (content != null) {
                content.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String line) {
        if (line.contains("\t") || line.length() <= PROSE_WIDTH) {
            return List.of(line);
        }
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < line.length(); i += PROSE_WIDTH) {
            parts.add(line.substring(i, Math.min(line.length(), i + PROSE_WIDTH)));
        }
        return parts;
    }
}
