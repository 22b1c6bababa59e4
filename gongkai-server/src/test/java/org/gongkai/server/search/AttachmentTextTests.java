package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.documents.AttachmentText;
import org.gongkai.server.testing.SampleFiles;
import org.junit.jupiter.api.Test;

class AttachmentTextTests {

    private static byte[] pdf() {
        return SampleFiles.pdf();
    }

    private static byte[] docx(String text) {
        return SampleFiles.docx(text);
    }

    @Test
    void readsChineseTextOfAPdf() throws IOException {
        assertThat(AttachmentText.extract("指标表.pdf", "application/pdf", pdf())).contains("满意度指标").contains("对口帮扶资金");
    }

    @Test
    void readsChineseTextOfADocx() throws IOException {
        String text = AttachmentText.extract("申请表.docx", "application/octet-stream", docx("政府信息公开申请表填写说明"));
        assertThat(text).contains("政府信息公开申请表填写说明");
    }

    @Test
    void imagesHaveNoText() {
        assertThat(AttachmentText.extract("照片.jpg", "image/jpeg", new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void brokenPdfIsReportedByName() {
        assertThatThrownBy(() -> AttachmentText.extract("坏文件.pdf", "application/pdf", "not a pdf".getBytes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("坏文件.pdf");
    }

    @Test
    void attachmentTextIsSearchable() throws IOException {
        try (PublicationIndex index = PublicationIndex.inMemory()) {
            index.index(new SearchDocument(Corpus.entry("P-1", "SH-HZB", PublicationKind.OTHER, 7, "资金绩效评价",
                    "见附件。", LocalDate.of(2024, 3, 1), Optional.empty()),
                    List.of(AttachmentText.extract("指标表.pdf", "application/pdf", pdf()),
                            AttachmentText.extract("说明.docx", "", docx("评价结果向社会公开")))));
            SearchHit pdfHit = index.search(SearchQuery.of("满意度指标", LocalDate.of(2024, 6, 1))).hits().get(0);
            assertThat(pdfHit.id()).isEqualTo("P-1");
            assertThat(pdfHit.snippet()).contains("<mark>满意度指标</mark>");
            assertThat(index.search(SearchQuery.of("\"结果向社会\"", LocalDate.of(2024, 6, 1))).hits()).hasSize(1);
        }
    }
}
