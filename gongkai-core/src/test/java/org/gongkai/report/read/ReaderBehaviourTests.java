package org.gongkai.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.api.Test;

/** How the reader meets the damage found in published reports, one kind at a time, on the seed report. */
class ReaderBehaviourTests {

    private static final String SEED = SampleReports.read(SampleReports.seed());
    private static final ReadReport ORIGINAL = ReportReader.readText(SEED);

    @Test
    void traditionalCharactersAndFullWidthDigitsReadAsTheSimplifiedText() {
        String simplified = "开请数处结转机关复议诉讼总计规许罚强制废现范费项内务执护权险稳发无当缴纳补报会业构属国类组织认确于对经访举询没获继续";
        String traditional = "開請數處結轉機關復議訴訟總計規許罰強製廢現範費項內務執護權險穩發無當繳納補報會業構屬國類組織認確於對經訪舉詢沒獲繼續";
        StringBuilder text = new StringBuilder(SEED);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = simplified.indexOf(c);
            if (at >= 0) {
                text.setCharAt(i, traditional.charAt(at));
            } else if (c >= '0' && c <= '9') {
                text.setCharAt(i, (char) (c - '0' + '０'));
            }
        }

        ReadReport read = ReportReader.readText(text.toString());

        assertThat(ReadAccuracy.of(ORIGINAL.report(), read.report()).isExact()).isTrue();
        assertThat(read.report().year()).isEqualTo(2025);
    }

    @Test
    void aRowOutOfPlaceIsStillReadAndReported() {
        String line = "\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\t\n";
        String moved = SEED.replace(line, "").replace("\t1.属于国家秘密", line + "\t1.属于国家秘密");

        ReadReport read = ReportReader.readText(moved);

        assertThat(ReadAccuracy.of(ORIGINAL.report(), read.report()).isExact()).isTrue();
        assertThat(read.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("read.rowOrder");
            assertThat(f.message()).contains("8.属于行政查询事项");
        });
    }

    @Test
    void aMissingRowIsAFormatFindingAndItsCellsAreUnread() {
        ReadReport read = ReportReader.readText(SEED.replace("\t5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0\t\n", ""));

        assertThat(read.sources().get(CellRef.table3(Table3Row.WITHHELD_INTERNAL_AFFAIRS, ApplicantColumn.TOTAL)))
                .isEqualTo(CellSource.missing("未找到该行"));
        assertThat(read.findings()).filteredOn(Finding::isFormat).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("表三缺少1行", "5.属于三类内部事务信息"));
    }

    @Test
    void headingsWithNothingUnderThemAreTablesPublishedAsImages() {
        String text = "某局2024年政府信息公开工作年度报告\n一、总体情况\n本年度工作正常开展。\n二、主动公开政府信息情况\n\n"
                + "三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
                + "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";

        ReadReport read = ReportReader.readText(text);

        assertThat(read.findings()).extracting(Finding::rule)
                .containsExactly("read.tableImage", "read.tableImage", "read.tableImage");
        assertThat(read.unread()).hasSize(CellRef.all().size());
        assertThat(read.report().prose()).containsKeys(ReportSection.OVERVIEW, ReportSection.OTHER_MATTERS);
    }

    @Test
    void aSlashIsNotApplicableNeitherZeroNorAFinding() {
        ReadReport read = ReportReader.readText(SEED.replace("规章\t0\t0\t0", "规章\t/\t/\t/"));

        assertThat(read.report().table2().rules().issued()).isNull();
        assertThat(read.sources().get(CellRef.table2("RULE", "issued")).reason()).contains("“/”");
        assertThat(ReportCheck.check(read)).noneMatch(f -> f.rule().startsWith("read."));
    }

    @Test
    void figuresRunTogetherAreSplitByTheRowSumAndSaySo() {
        ReadReport read = ReportReader.readText(SEED.replace("\t2\t0\t0\t0\t0\t0\t2\t", "\t2000002\t"));

        assertThat(ReadAccuracy.of(ORIGINAL.report(), read.report()).isExact()).isTrue();
        CellSource total = read.sources().get(CellRef.table3(Table3Row.NEW, ApplicantColumn.TOTAL));
        assertThat(total.confidence()).isEqualTo(Confidence.INFERRED);
        assertThat(total.reason()).contains("数字连写");
        assertThat(total.printed()).isEqualTo("2");
    }

    @Test
    void figuresRunTogetherThatNoSumDecidesAreLeftUnread() {
        ReadReport read = ReportReader.readText(SEED.replace("行政规范性文件\t0\t0\t2", "行政规范性文件\t1234"));

        assertThat(read.report().table2().normativeDocuments().issued()).isNull();
        assertThat(read.report().table2().normativeDocuments().inForce()).isNull();
        assertThat(read.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("read.unreadCells");
            assertThat(f.isError()).isFalse();
        });
    }
}
