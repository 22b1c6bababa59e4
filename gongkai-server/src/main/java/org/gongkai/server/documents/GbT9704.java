package org.gongkai.server.documents;

/**
 * The layout numbers of GB/T 9704—2012 《党政机关公文格式》, in one place: A4, the text area, type sizes,
 * 22 lines of 28 characters. Both the PDF and the DOCX writers take every measure from here.
 */
public final class GbT9704 {

    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    public static final double MARGIN_TOP_MM = 37;
    public static final double MARGIN_BOTTOM_MM = 35;
    public static final double MARGIN_LEFT_MM = 28;
    public static final double MARGIN_RIGHT_MM = 26;

    /** 2号小标宋: the title. */
    public static final double TITLE_PT = 22;
    /** 3号仿宋: body, salutation, signature and date. */
    public static final double BODY_PT = 16;
    /** 4号: the page number, written "— 1 —", 7 mm below the text area. */
    public static final double PAGE_NUMBER_PT = 14;
    public static final double PAGE_NUMBER_GAP_MM = 7;
    /** Tables of the annual report: 4号 is too wide for 7 columns, so 小四 as published reports use. */
    public static final double TABLE_PT = 10.5;

    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;

    /** The official typefaces, named in DOCX files; PDFs fall back to the embedded open font without them. */
    public static final String TITLE_TYPEFACE = "方正小标宋简体";
    public static final String BODY_TYPEFACE = "仿宋_GB2312";

    private static final double POINTS_PER_MM = 72 / 25.4;

    private GbT9704() {
    }

    public static double textWidthMm() {
        return PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
    }

    public static double textHeightMm() {
        return PAGE_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM;
    }

    /** Return the line pitch that fits 22 lines in the text area. */
    public static double linePitchPt() {
        return textHeightMm() * POINTS_PER_MM / LINES_PER_PAGE;
    }

    /** Return the spacing to add to each body character so that 28 fit a line (negative: 28 × 3号 is wider). */
    public static double letterSpacingPt() {
        return textWidthMm() * POINTS_PER_MM / CHARS_PER_LINE - BODY_PT;
    }

    /** Return {@code mm} in twentieths of a point, the unit of DOCX page measures. */
    public static int twips(double mm) {
        return (int) Math.round(mm * POINTS_PER_MM * 20);
    }
}
