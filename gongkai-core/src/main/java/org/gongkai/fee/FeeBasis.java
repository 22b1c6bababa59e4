package org.gongkai.fee;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one application's fee is counted from: the one schedule the agency chose for it (国办函〔2020〕109号第三条:
 * one per application, never both) and that schedule's count.
 */
public sealed interface FeeBasis {

    FeeSchedule schedule();

    /**
     * 按件计收 (第四条): the 件 of this application counted on top of the 件 the same applicant already has in the
     * calendar month of its receipt.
     *
     * @param receivedOn the application's 收到申请之日; its calendar month (自然月) is the month counted
     * @param earlierInMonth the 件 already counted for the same applicant in that month before this application;
     *     the caller matches the applicant by a keyed hash of the ID number, never in clear
     * @param items the 件 this application counts: 1, or more where the agency split it into reasonable minimum
     *     units under 一事一申请 (第四条)
     */
    record PerRequest(LocalDate receivedOn, int earlierInMonth, int items) implements FeeBasis {

        public PerRequest {
            Objects.requireNonNull(receivedOn, "receivedOn");
            if (earlierInMonth < 0) {
                throw new FeeRefusedException("同一申请人当月此前已计件数不能为负数：" + earlierInMonth);
            }
            if (items < 1) {
                throw new FeeRefusedException("本申请计收件数应至少为 1 件：" + items);
            }
        }

        @Override
        public FeeSchedule schedule() {
            return FeeSchedule.PER_REQUEST;
        }
    }

    /**
     * 按量计收 (第五条): the pages of this one application.
     *
     * @param form how the applicant asked to receive the information; 按量计收 applies only to
     *     {@linkplain RequestedForm#countedByPage() paper, e-mail and copied data}
     */
    record PerPage(int pages, RequestedForm form) implements FeeBasis {

        public PerPage {
            Objects.requireNonNull(form, "form");
            if (pages < 1) {
                throw new FeeRefusedException("计收页数应至少为 1 页：" + pages);
            }
        }

        @Override
        public FeeSchedule schedule() {
            return FeeSchedule.PER_PAGE;
        }
    }
}
