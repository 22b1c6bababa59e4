package org.gongkai.server.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.server.security.Sha256;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.testing.SampleFiles;
import org.junit.jupiter.api.Test;

class AttachmentUploadsTests {

    private final AttachmentUploads uploads = new AttachmentUploads(1024 * 1024);

    @Test
    void pdfAndDocxAreAcceptedWithTheirTypeDigestAndText() {
        byte[] pdf = SampleFiles.pdf();
        AttachmentFile accepted = uploads.accept("C:\\\\文件\\\\指标表.PDF", pdf);
        assertThat(accepted.fileName()).isEqualTo("指标表.PDF");
        assertThat(accepted.mediaType()).isEqualTo(AttachmentUploads.PDF);
        assertThat(accepted.sha256()).isEqualTo(Sha256.hex(pdf));
        assertThat(accepted.text()).contains(SampleFiles.PDF_WORD);

        AttachmentFile docx = uploads.accept("说明.docx", SampleFiles.docx("评价结果向社会公开"));
        assertThat(docx.mediaType()).isEqualTo(AttachmentUploads.DOCX);
        assertThat(docx.text()).contains("评价结果向社会公开");
    }

    @Test
    void theTypeIsJudgedByContentNotByName() {
        assertThatThrownBy(() -> uploads.accept("通知.pdf", "<html>不是 PDF</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedException.class)
                .hasMessage("附件“通知.pdf”不是 PDF 或 DOCX 文件（按文件内容判断），只能上传这两种格式。");
        assertThatThrownBy(() -> uploads.accept("通知.docx", SampleFiles.pdf()))
                .isInstanceOf(RefusedException.class)
                .hasMessage("附件“通知.docx”的内容是 PDF 文件，文件名应以 .pdf 结尾。");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(1);
        }
        assertThatThrownBy(() -> uploads.accept("材料.docx", out.toByteArray()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("不是 PDF 或 DOCX 文件");
    }

    @Test
    void aDamagedPdfIsRefusedByName() {
        assertThatThrownBy(() -> uploads.accept("坏.pdf", "%PDF-1.7 剩下的都坏了".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("附件“坏.pdf”无法读取正文");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> uploads.accept("空.pdf", new byte[0]))
                .isInstanceOf(RefusedException.class).hasMessage("附件“空.pdf”是空文件。");
        AttachmentUploads tiny = new AttachmentUploads(1024);
        assertThatThrownBy(() -> tiny.accept("指标表.pdf", SampleFiles.pdf()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("超过上限 1 KB");
    }

    @Test
    void sizesReadAsKilobytesBelowOneMegabyteAndMegabytesAbove() {
        assertThat(AttachmentUploads.size(256 * 1024)).isEqualTo("256 KB");
        assertThat(AttachmentUploads.size(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(AttachmentUploads.size(1536 * 1024)).isEqualTo("1.5 MB");
    }

    @Test
    void anAttachmentLimitTheSubmissionLimitWouldCutOffIsRefused() {
        assertThat(AttachmentUploads.within(20, 200).maxBytes()).isEqualTo(20);
        assertThatThrownBy(() -> AttachmentUploads.within(200, 200)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("max-request-size");
        assertThatThrownBy(() -> AttachmentUploads.within(20, -1)).isInstanceOf(IllegalStateException.class);
    }
}
