package org.gongkai.server.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.server.documents.DocumentFonts;
import org.gongkai.server.documents.HtmlToPdf;
import org.gongkai.server.publications.AttachmentFile;
import org.gongkai.server.publications.AttachmentUploads;
import org.jsoup.Jsoup;

/** Small invented attachments for the demo items, made at load time: a PDF (as letters are made) and a DOCX. */
final class DemoAttachments {

    static final String NOTE = "（本文件为演示数据，内容虚构。）";

    private final AttachmentUploads uploads = new AttachmentUploads(Long.MAX_VALUE);

    AttachmentFile pdf(String fileName, String title, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><style>").append(HtmlToPdf.pageCss())
                .append("</style></head><body><p class=\"title\">").append(HtmlToPdf.escape(title)).append("</p>");
        for (String p : paragraphs) {
            html.append("<p>").append(HtmlToPdf.escape(p)).append("</p>");
        }
        html.append("<p>").append(NOTE).append("</p></body></html>");
        return uploads.accept(fileName, new HtmlToPdf(DocumentFonts.embedded()).render(Jsoup.parse(html.toString())));
    }

    AttachmentFile docx(String fileName, String title, List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setText(title);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.createParagraph().createRun().setText(NOTE);
            doc.write(out);
            return uploads.accept(fileName, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
