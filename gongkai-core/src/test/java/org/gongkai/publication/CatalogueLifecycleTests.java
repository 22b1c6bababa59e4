package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueLifecycleTests {

    static CatalogueContent normativeDocument(String title, LocalDate issuedOn, Optional<LocalDate> expiresOn) {
        return new CatalogueContent("SH-HZB", PublicationKind.NORMATIVE_DOCUMENT, title,
                Optional.of("沪府合规〔2023〕1号"), 1, issuedOn, expiresOn, Optional.of("综合政务"),
                List.of("对口支援"), List.of(), "正文");
    }

    private static final LocalDate ISSUED = LocalDate.of(2023, 5, 1);
    private static final Draft DRAFT = Draft.of("P-1",
            normativeDocument("关于对口支援项目管理的办法", ISSUED, Optional.of(LocalDate.of(2025, 6, 30))), ISSUED, "wang");

    private static CatalogueEntry published() {
        return DRAFT.review("li", LocalDate.of(2023, 5, 4))
                .publish(IndexNumber.parse("SH-HZB-2023-00001"), LocalDate.of(2023, 5, 6));
    }

    @Test
    void draftReviewedBySomeoneElseIsPublishedWithItsIndexNumber() {
        CatalogueEntry entry = published();
        Publication facts = entry.publication();
        assertThat(facts.indexNumber()).isEqualTo("SH-HZB-2023-00001");
        assertThat(facts.publishedOn()).isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(facts.issuedOn()).isEqualTo(ISSUED);
        assertThat(facts.repealedOn()).isEmpty();
        assertThat(entry.validityOn(LocalDate.of(2023, 12, 31))).isEqualTo(Validity.IN_FORCE);
    }

    @Nested
    class Refusals {

        @Test
        void authorCannotReviewTheirOwnDraft() {
            assertThatThrownBy(() -> DRAFT.review("wang", LocalDate.of(2023, 5, 4)))
                    .isInstanceOf(PublicationRefusedException.class)
                    .hasMessageContaining("保密审查须由起草人以外的人员进行");
        }

        @Test
        void publicationBeforeReviewIsRefused() {
            Reviewed reviewed = DRAFT.review("li", LocalDate.of(2023, 5, 4));
            assertThatThrownBy(() -> reviewed.publish(IndexNumber.parse("SH-HZB-2023-00001"), LocalDate.of(2023, 5, 3)))
                    .isInstanceOf(PublicationRefusedException.class)
                    .hasMessageContaining("早于保密审查日期");
        }

        @Test
        void indexNumberOfAnotherAgencyIsRefused() {
            Reviewed reviewed = DRAFT.review("li", LocalDate.of(2023, 5, 4));
            assertThatThrownBy(() -> reviewed.publish(IndexNumber.parse("SH-FGW-2023-00001"), LocalDate.of(2023, 5, 6)))
                    .isInstanceOf(PublicationRefusedException.class)
                    .hasMessageContaining("不属于发布机构 SH-HZB");
        }

        @Test
        void secondRepealIsRefused() {
            CatalogueEntry repealed = published().repeal(LocalDate.of(2024, 3, 1));
            assertThatThrownBy(() -> repealed.repeal(LocalDate.of(2024, 4, 1)))
                    .isInstanceOf(PublicationRefusedException.class)
                    .hasMessageContaining("不能再次废止");
        }

        @Test
        void repealedEntryCannotBeRevised() {
            CatalogueEntry repealed = published().repeal(LocalDate.of(2024, 3, 1));
            assertThatThrownBy(() -> repealed.revise("P-2", DRAFT.content(), LocalDate.of(2024, 5, 1), "wang"))
                    .isInstanceOf(PublicationRefusedException.class)
                    .hasMessageContaining("已废止");
        }
    }

    @Nested
    class Table2Facts {

        @Test
        void repealSetsTheRepealDateAndEndsValidityThatDay() {
            CatalogueEntry repealed = published().repeal(LocalDate.of(2024, 3, 1));
            Publication facts = repealed.publication();
            assertThat(facts.repealedOn()).contains(LocalDate.of(2024, 3, 1));
            assertThat(facts.inForceOn(LocalDate.of(2023, 12, 31))).isTrue();
            assertThat(facts.inForceOn(LocalDate.of(2024, 12, 31))).isFalse();
            assertThat(repealed.validityOn(LocalDate.of(2024, 2, 29))).isEqualTo(Validity.IN_FORCE);
            assertThat(repealed.validityOn(LocalDate.of(2024, 3, 1))).isEqualTo(Validity.REPEALED);
        }

        @Test
        void expiryEndsValidityOnTheExpiryDateWithoutAnyAct() {
            Publication facts = published().publication();
            assertThat(facts.inForceOn(LocalDate.of(2024, 12, 31))).isTrue();
            assertThat(facts.inForceOn(LocalDate.of(2025, 12, 31))).isFalse();
            assertThat(facts.validityOn(LocalDate.of(2025, 6, 29))).isEqualTo(Validity.IN_FORCE);
            assertThat(facts.validityOn(LocalDate.of(2025, 6, 30))).isEqualTo(Validity.EXPIRED);
        }

        @Test
        void newVersionLinksTheOldOneWhichIsRepealedWhenTheNewOneIsPublished() {
            CatalogueEntry old = published();
            CatalogueContent changed = normativeDocument("关于对口支援项目管理的办法（修订）", LocalDate.of(2024, 9, 2), Optional.empty());
            CatalogueEntry newer = old.revise("P-2", changed, LocalDate.of(2024, 9, 2), "wang")
                    .review("li", LocalDate.of(2024, 9, 3))
                    .publish(IndexNumber.parse("SH-HZB-2024-00001"), LocalDate.of(2024, 9, 5));

            assertThat(newer.previousVersion()).contains("P-1");
            CatalogueEntry oldAfter = old.supersededBy(newer, CatalogueSettings.defaults());
            assertThat(oldAfter.repealedOn()).contains(LocalDate.of(2024, 9, 5));
            assertThat(oldAfter.indexNumber()).isEqualTo(old.indexNumber());

            CatalogueSettings keepBoth = new CatalogueSettings(20, 5, 2, false);
            assertThat(old.supersededBy(newer, keepBoth)).isEqualTo(old);
        }

        @Test
        void supersedingByAnUnrelatedEntryIsAProgrammingError() {
            CatalogueEntry entry = published();
            assertThatThrownBy(() -> entry.supersededBy(entry, CatalogueSettings.defaults()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
