package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.dataset.Dataset;
import org.gongkai.report.Table2;
import org.gongkai.report.compile.ReportCompiler;
import org.junit.jupiter.api.Test;

/** The catalogue lifecycle seen through the annual report: 表二 after publish, repeal, expiry and a new version. */
class CatalogueTable2Tests {

    private static final String AGENCY = "SH-HZB";
    private final List<IndexNumber> issued = new ArrayList<>();

    private CatalogueEntry publish(Draft draft, LocalDate on) {
        IndexNumber number = IndexNumber.next(AGENCY, on.getYear(), issued);
        issued.add(number);
        return draft.review("li", on).publish(number, on);
    }

    private static Draft draft(String id, PublicationKind kind, LocalDate issuedOn, Optional<LocalDate> expiresOn) {
        CatalogueContent content = new CatalogueContent(AGENCY, kind, "文件" + id, Optional.empty(), kind == PublicationKind.OTHER ? 7 : 1,
                issuedOn, expiresOn, Optional.empty(), List.of(), List.of(), "正文");
        return Draft.of(id, content, issuedOn, "wang");
    }

    @Test
    void table2CountsFollowPublishRepealExpiryAndNewVersions() {
        CatalogueEntry n1 = publish(draft("N1", PublicationKind.NORMATIVE_DOCUMENT, LocalDate.of(2023, 3, 1), Optional.empty()), LocalDate.of(2023, 3, 6));
        CatalogueEntry n2 = publish(draft("N2", PublicationKind.NORMATIVE_DOCUMENT, LocalDate.of(2023, 6, 1), Optional.of(LocalDate.of(2024, 6, 30))),
                LocalDate.of(2023, 6, 5));
        CatalogueEntry n3 = publish(draft("N3", PublicationKind.NORMATIVE_DOCUMENT, LocalDate.of(2023, 9, 1), Optional.empty()), LocalDate.of(2023, 9, 5));
        CatalogueEntry r1 = publish(draft("R1", PublicationKind.RULE, LocalDate.of(2022, 12, 20), Optional.empty()), LocalDate.of(2023, 1, 5));

        CatalogueEntry n3b = publish(n3.revise("N3b", draft("N3b", PublicationKind.NORMATIVE_DOCUMENT, LocalDate.of(2024, 4, 1), Optional.empty()).content(),
                LocalDate.of(2024, 4, 1), "wang"), LocalDate.of(2024, 4, 3));
        CatalogueEntry n3Old = n3.supersededBy(n3b, CatalogueSettings.defaults());
        CatalogueEntry r1Repealed = r1.repeal(LocalDate.of(2024, 10, 10));
        CatalogueEntry o1 = publish(draft("O1", PublicationKind.OTHER, LocalDate.of(2024, 2, 1), Optional.empty()), LocalDate.of(2024, 2, 2));

        assertThat(issued).extracting(IndexNumber::toString)
                .containsExactly("SH-HZB-2023-00001", "SH-HZB-2023-00002", "SH-HZB-2023-00003", "SH-HZB-2023-00004",
                        "SH-HZB-2024-00001", "SH-HZB-2024-00002");

        ReportCompiler compiler = ReportCompiler.of(new Dataset(
                List.of(new Agency(AGENCY, "上海市人民政府合作交流办公室", Optional.empty())), List.of(),
                List.of(n1, n2, n3Old, n3b, r1Repealed, o1).stream().map(CatalogueEntry::publication).toList(),
                List.of(), List.of()));

        Table2 y2023 = compiler.compile(AGENCY, 2023).table2();
        assertThat(y2023.rules()).isEqualTo(new Table2.DocumentCounts(0, 0, 1));
        assertThat(y2023.normativeDocuments()).isEqualTo(new Table2.DocumentCounts(3, 0, 3));

        Table2 y2024 = compiler.compile(AGENCY, 2024).table2();
        assertThat(y2024.rules()).isEqualTo(new Table2.DocumentCounts(0, 1, 0));
        assertThat(y2024.normativeDocuments()).isEqualTo(new Table2.DocumentCounts(1, 1, 2));

        assertThat(compiler.overview(AGENCY, 2023).publicationsPublished()).isEqualTo(4);
        assertThat(compiler.overview(AGENCY, 2024).publicationsPublished()).isEqualTo(2);
    }
}
