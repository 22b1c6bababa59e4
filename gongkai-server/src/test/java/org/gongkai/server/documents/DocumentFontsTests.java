package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.SampleLetterFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFontsTests {

    @TempDir
    Path dir;

    private static Set<String> fontsOfFirstPage(DocumentFonts fonts) throws Exception {
        LetterType receipt = LetterType.of(LetterKind.RECEIPT);
        byte[] pdf = new LetterDocuments(new HtmlToPdf(fonts))
                .write(DefaultLetterTemplates.of(receipt).render(SampleLetterFacts.of(receipt)), DocumentFormat.PDF);
        Set<String> names = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                String font = resources.getFont(name).getName();
                names.add(font.substring(font.indexOf('+') + 1));
            }
        }
        return names;
    }

    @Test
    void withoutOfficialTypefacesTheBodyIsSetInTheEmbeddedRegularFace() throws Exception {
        Set<String> fonts = fontsOfFirstPage(DocumentFonts.preferring(Optional.of(dir.resolve("missing.ttf")),
                Optional.of(dir.resolve("FangSong.ttf"))));

        assertThat(fonts).contains("NotoSansSC-Regular", "NotoSansSC-Bold");
    }

    @Test
    void aConfiguredTypefaceFileIsEmbeddedInsteadOfTheOpenFont() throws Exception {
        Path body = dir.resolve("body.ttf");
        try (InputStream in = getClass().getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf")) {
            Files.copy(in, body);
        }

        Set<String> fonts = fontsOfFirstPage(DocumentFonts.preferring(Optional.empty(), Optional.of(body)));

        assertThat(fonts).contains("NotoSansSC-Bold").doesNotContain("NotoSansSC-Regular");
    }
}
