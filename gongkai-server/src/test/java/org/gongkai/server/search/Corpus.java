package org.gongkai.server.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.PublicationKind;

/** A small fixed Chinese catalogue with known answers. */
final class Corpus {

    private Corpus() {
    }

    static CatalogueEntry entry(String id, String agency, PublicationKind kind, int item, String title, String body,
            LocalDate publishedOn, Optional<LocalDate> expiresOn) {
        CatalogueContent content = new CatalogueContent(agency, kind, title, Optional.empty(), item, publishedOn.minusDays(3),
                expiresOn, Optional.empty(), List.of(), List.of(), body);
        IndexNumber number = new IndexNumber(agency, publishedOn.getYear(), Integer.parseInt(id.substring(2)));
        return new CatalogueEntry(id, number, content, publishedOn, Optional.empty(), Optional.empty());
    }

    static SearchDocument doc(CatalogueEntry entry) {
        return new SearchDocument(entry, List.of());
    }

    static final List<CatalogueEntry> ENTRIES = List.of(
            entry("P-1", "SH-HZB", PublicationKind.NORMATIVE_DOCUMENT, 1, "上海市对口支援项目管理办法",
                    "为规范本市对口支援项目管理，提高资金使用效益，制定本办法。本办法适用于本市对口支援地区的援建项目。",
                    LocalDate.of(2023, 5, 6), Optional.of(LocalDate.of(2028, 5, 31))),
            entry("P-2", "SH-HZB", PublicationKind.OTHER, 15, "上海市人民政府合作交流办公室2023年政府信息公开工作年度报告",
                    "本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。",
                    LocalDate.of(2024, 1, 30), Optional.empty()),
            entry("P-3", "SH-FGW", PublicationKind.NORMATIVE_DOCUMENT, 1, "关于进一步推进政务公开工作的实施意见",
                    "各区人民政府：为深入推进政务公开工作，提升政府透明度，现提出以下意见。",
                    LocalDate.of(2022, 3, 1), Optional.of(LocalDate.of(2024, 2, 29))),
            entry("P-4", "SH-FGW", PublicationKind.OTHER, 4, "2023年本市国民经济和社会发展统计公报",
                    "全年全市生产总值比上年增长百分之五。政务服务事项网上办理率进一步提高。",
                    LocalDate.of(2024, 3, 15), Optional.empty()),
            entry("P-5", "SH-HZB", PublicationKind.OTHER, 7, "2024年部门预算",
                    "本部门2024年收入预算和支出预算，包括一般公共预算财政拨款。对口支援资金单独列示。",
                    LocalDate.of(2024, 2, 10), Optional.empty()),
            entry("P-6", "SH-FGW", PublicationKind.RULE, 1, "上海市公共数据开放办法",
                    "本办法所称公共数据开放，是指公共管理和服务机构向社会提供具备原始性、可机器读取的数据的公共服务。",
                    LocalDate.of(2019, 10, 1), Optional.empty()),
            entry("P-7", "SH-HZB", PublicationKind.OTHER, 14, "2024年度公务员招录职位表",
                    "招录职位、名额、报考条件详见附件。报名时间为二〇二四年一月。",
                    LocalDate.of(2024, 1, 5), Optional.empty()),
            entry("P-8", "SH-FGW", PublicationKind.OTHER, 2, "机构职能",
                    "负责全市发展改革工作。办公地址、办公时间、联系电话见下表。工作人员依法公开办事程序。",
                    LocalDate.of(2021, 6, 1), Optional.empty()));
}
