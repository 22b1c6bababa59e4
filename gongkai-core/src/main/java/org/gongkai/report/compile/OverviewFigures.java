package org.gongkai.report.compile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The figures a writer of section 一、总体情况 needs, computed from the records of one agency and year.
 *
 * @param publicationsPublished items proactively published in the year ({@code publishedOn} in the year)
 * @param requestsReceived requests received in the year (表三 本年新收)
 * @param requestsCarriedOver requests carried over from earlier years (表三 上年结转)
 * @param requestsClosed requests closed or withdrawn in the year (表三 （七）总计)
 * @param requestsClosedOnTime of those, closed by their due date; empty when no clock was given to judge
 * @param requestsCarriedForward requests still open at the end of the year (表三 结转下年度)
 * @param reviews administrative reviews filed in the year (表四 行政复议 总计)
 * @param lawsuits lawsuits filed in the year, directly or after review (表四 行政诉讼 总计)
 */
public record OverviewFigures(
        int year,
        int publicationsPublished,
        int requestsReceived,
        int requestsCarriedOver,
        int requestsClosed,
        Optional<Integer> requestsClosedOnTime,
        int requestsCarriedForward,
        int reviews,
        int lawsuits) {

    /** Return the share of closed requests closed on time, in percent with one decimal; empty when unknown or none closed. */
    public Optional<BigDecimal> onTimePercent() {
        if (requestsClosed == 0) {
            return Optional.empty();
        }
        return requestsClosedOnTime.map(onTime -> BigDecimal.valueOf(onTime * 100L)
                .divide(BigDecimal.valueOf(requestsClosed), 1, RoundingMode.HALF_UP));
    }

    /**
     * Return a draft of the figures' paragraph for section 一, in the wording the prose check reads
     * (staff complete the section around it).
     */
    public String draft() {
        StringBuilder text = new StringBuilder()
                .append(year).append("年，本机关主动公开政府信息 ").append(publicationsPublished).append(" 件。")
                .append("全年收到政府信息公开申请 ").append(requestsReceived).append(" 件，")
                .append("上年结转 ").append(requestsCarriedOver).append(" 件；")
                .append("全年办理依申请公开 ").append(requestsClosed).append(" 件");
        onTimePercent().ifPresent(percent -> text.append("，其中按时办结 ")
                .append(requestsClosedOnTime.orElseThrow()).append(" 件，占 ")
                .append(percent.toPlainString()).append("%"));
        return text.append("；结转下年度继续办理 ").append(requestsCarriedForward).append(" 件。")
                .append("因政府信息公开工作被申请行政复议 ").append(reviews).append(" 件，")
                .append("被提起行政诉讼 ").append(lawsuits).append(" 件。")
                .toString();
    }
}
