package org.gongkai.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** GB/T 9704 pages in DOCX: A4 with the official margins and line grid, page numbers "— n —", styled paragraphs. */
final class DocxPages {

    /** How a paragraph is set. */
    enum Style {
        MASTHEAD, TITLE, BODY, INDENTED, SIGNATURE, SEAL, HEADING, TABLE
    }

    private static final int CHAR_TWIPS = (int) Math.round(GbT9704.BODY_PT * 20);

    private DocxPages() {
    }

    static XWPFDocument newDocument() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(GbT9704.twips(GbT9704.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(GbT9704.twips(GbT9704.PAGE_HEIGHT_MM)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(GbT9704.twips(GbT9704.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(GbT9704.twips(GbT9704.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(GbT9704.twips(GbT9704.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(GbT9704.twips(GbT9704.MARGIN_RIGHT_MM)));
        margins.setFooter(BigInteger.valueOf(GbT9704.twips(GbT9704.MARGIN_BOTTOM_MM - GbT9704.PAGE_NUMBER_GAP_MM) - 
                (int) Math.round(GbT9704.PAGE_NUMBER_PT * 20)));
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(Math.round(GbT9704.linePitchPt() * 20)));
        grid.setCharSpace(BigInteger.valueOf(Math.round(GbT9704.letterSpacingPt() * 4096)));
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        return doc;
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(CHAR_TWIPS);
        } else {
            p.setIndentationLeft(CHAR_TWIPS);
        }
        font(p.createRun(), GbT9704.BODY_TYPEFACE, GbT9704.PAGE_NUMBER_PT).setText("— ");
        font(p.createRun(), GbT9704.BODY_TYPEFACE, GbT9704.PAGE_NUMBER_PT).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.BEGIN);
        font(p.createRun(), GbT9704.BODY_TYPEFACE, GbT9704.PAGE_NUMBER_PT).getCTR().addNewInstrText()
                .setStringValue(" PAGE ");
        font(p.createRun(), GbT9704.BODY_TYPEFACE, GbT9704.PAGE_NUMBER_PT).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.END);
        font(p.createRun(), GbT9704.BODY_TYPEFACE, GbT9704.PAGE_NUMBER_PT).setText(" —");
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text, Style style, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        format(p, text, style);
        return p;
    }

    /** Set the spacing and the one run of {@code p} for {@code style}. */
    static void format(XWPFParagraph p, String text, Style style) {
        double pitch = GbT9704.linePitchPt();
        p.setSpacingBetween(style == Style.TITLE || style == Style.MASTHEAD ? pitch * 1.5 : pitch,
                LineSpacingRule.EXACT);
        if (style == Style.TABLE) {
            p.setSpacingBetween(GbT9704.TABLE_PT * 1.4, LineSpacingRule.EXACT);
        }
        if (style == Style.INDENTED) {
            p.setIndentationFirstLine(2 * CHAR_TWIPS);
        }
        if (style == Style.SIGNATURE || style == Style.SEAL) {
            p.setIndentationRight(4 * CHAR_TWIPS);
        }
        XWPFRun run = p.createRun();
        switch (style) {
            case MASTHEAD -> font(run, GbT9704.TITLE_TYPEFACE, GbT9704.TITLE_PT + 4).setColor("D00000");
            case TITLE -> font(run, GbT9704.TITLE_TYPEFACE, GbT9704.TITLE_PT);
            case HEADING -> font(run, GbT9704.BODY_TYPEFACE, GbT9704.BODY_PT).setBold(true);
            case SEAL -> font(run, GbT9704.BODY_TYPEFACE, GbT9704.TABLE_PT).setColor("D00000");
            case TABLE -> font(run, GbT9704.BODY_TYPEFACE, GbT9704.TABLE_PT);
            default -> font(run, GbT9704.BODY_TYPEFACE, GbT9704.BODY_PT);
        }
        run.setText(text);
    }

    private static XWPFRun font(XWPFRun run, String typeface, double size) {
        run.setFontFamily(typeface, FontCharRange.eastAsia);
        run.setFontFamily(typeface, FontCharRange.ascii);
        run.setFontFamily(typeface, FontCharRange.hAnsi);
        run.setFontSize(size);
        return run;
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
