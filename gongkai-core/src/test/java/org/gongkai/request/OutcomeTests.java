package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 21 outcome rows of 表三, labels character for character (law-spec.md §1.4), in official order. */
class OutcomeTests {

    @Test
    void labelsAreTheOfficialRowLabelsInOrder() {
        assertThat(Outcome.values()).extracting(Outcome::label).containsExactly(
                "（一）予以公开",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "1.属于国家秘密",
                "2.其他法律行政法规禁止公开",
                "3.危及“三安全一稳定”",
                "4.保护第三方合法权益",
                "5.属于三类内部事务信息",
                "6.属于四类过程性信息",
                "7.属于行政执法案卷",
                "8.属于行政查询事项",
                "1.本机关不掌握相关政府信息",
                "2.没有现成信息需要另行制作",
                "3.补正后申请内容仍不明确",
                "1.信访举报投诉类申请",
                "2.重复申请",
                "3.要求提供公开出版物",
                "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "3.其他");
    }

    @Test
    void groupsHoldTheirRowsInOrder() {
        Map<OutcomeGroup, Long> sizes = Arrays.stream(Outcome.values())
                .collect(Collectors.groupingBy(Outcome::group, Collectors.counting()));
        assertThat(sizes).containsExactlyInAnyOrderEntriesOf(Map.of(
                OutcomeGroup.DISCLOSED, 1L, OutcomeGroup.PARTIALLY_DISCLOSED, 1L, OutcomeGroup.WITHHELD, 8L,
                OutcomeGroup.UNAVAILABLE, 3L, OutcomeGroup.NOT_PROCESSED, 5L, OutcomeGroup.OTHER, 3L));
        assertThat(Arrays.stream(Outcome.values()).map(Outcome::group)).isSortedAccordingTo(Enum::compareTo);
        assertThat(OutcomeGroup.values()).extracting(OutcomeGroup::label).containsExactly(
                "（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理");
        assertThat(Outcome.OTHER_FEE_UNPAID.article()).hasValue("第四十二条");
        assertThat(Outcome.NOT_PROCESSED_RECONFIRMATION.article()).isEmpty();
    }

    @Test
    void plainLabelsNameTheGroupAndRowWithoutNumberingOrCountingNotes() {
        assertThat(Outcome.DISCLOSED.plainLabel()).isEqualTo("予以公开");
        assertThat(Outcome.PARTIALLY_DISCLOSED.plainLabel()).isEqualTo("部分公开");
        assertThat(Outcome.WITHHELD_STATE_SECRET.plainLabel()).isEqualTo("不予公开：属于国家秘密");
        assertThat(Outcome.UNAVAILABLE_NOT_HELD.plainLabel()).isEqualTo("无法提供：本机关不掌握相关政府信息");
        assertThat(Outcome.OTHER.plainLabel()).isEqualTo("其他处理：其他");
        assertThat(Outcome.values()).extracting(Outcome::plainLabel)
                .allSatisfy(words -> assertThat(words).doesNotContain("（", "区分处理").doesNotMatch("^\\d.*"));
    }
}
