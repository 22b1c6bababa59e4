package org.gongkai.request;

import java.time.LocalDate;
import java.util.Optional;

/** Settle the receipt date (收到申请之日) of an application from its channel (条例第三十一条). */
public final class ReceiptDateRule {

    private ReceiptDateRule() {}

    /** Return the receipt date for {@code channel} given {@code facts}, or the fact still missing. */
    public static ReceiptDecision decide(Channel channel, ReceiptFacts facts, ClockSettings settings) {
        return switch (channel) {
            case IN_PERSON -> pick(facts.submittedOn(), "submittedOn（提交日期）",
                    "当面提交的，以提交之日为收到申请之日（条例第三十一条第（一）项）");
            case REGISTERED_MAIL -> pick(facts.signedForOn(), "signedForOn（签收日期）",
                    "以邮寄方式提交的，以行政机关签收之日为收到申请之日（条例第三十一条第（二）项）");
            case ORDINARY_MAIL -> confirmedLate(facts, pick(facts.confirmedOn(), "confirmedOn（与申请人确认之日）",
                    "以平常信函等无需签收的方式邮寄的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日（条例第三十一条第（二）项）"));
            case ONLINE, FAX -> pick(facts.confirmedOn(), "confirmedOn（双方确认之日）",
                    "通过互联网渠道或者工作机构的传真提交的，以双方确认之日为收到申请之日（条例第三十一条第（三）项）");
            case EMAIL -> settings.emailReceivedOnArrival().value()
                    ? pick(facts.submittedOn(), "submittedOn（邮件到达日期）",
                            "电子邮件以到达之日为收到申请之日（" + settings.emailReceivedOnArrival().cite() + "）")
                    : pick(facts.confirmedOn(), "confirmedOn（双方确认之日）",
                            "电子邮件属互联网渠道，以双方确认之日为收到申请之日（" + settings.emailReceivedOnArrival().cite() + "）");
        };
    }

    private static ReceiptDecision pick(Optional<LocalDate> date, String missing, String rule) {
        return date.map(d -> new ReceiptDecision(Optional.of(d), Optional.empty(), rule, Optional.empty()))
                .orElseGet(() -> new ReceiptDecision(Optional.empty(), Optional.of(missing), rule, Optional.empty()));
    }

    /** Warn when an ordinary letter was confirmed after the day it arrived: the law asks for the same day. */
    private static ReceiptDecision confirmedLate(ReceiptFacts facts, ReceiptDecision decision) {
        Optional<String> warning = facts.submittedOn().flatMap(arrived -> facts.confirmedOn()
                .filter(confirmed -> confirmed.isAfter(arrived))
                .map(confirmed -> "与申请人确认之日 " + confirmed + " 晚于信件到达之日 " + arrived
                        + "：条例第三十一条第（二）项要求于收到申请的当日与申请人确认，收到申请之日仍以确认之日 " + confirmed + " 计"));
        return new ReceiptDecision(decision.receivedOn(), decision.missing(), decision.rule(), warning);
    }
}
