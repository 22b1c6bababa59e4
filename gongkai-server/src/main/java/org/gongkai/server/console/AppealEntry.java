package org.gongkai.server.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.server.appeals.AppealDetails;
import org.gongkai.server.store.RefusedException;

/** What staff typed into an appeal form, kept as typed so that a refused form shows it again. */
record AppealEntry(String kind, String filedOn, String request, String caseNumber, String body, boolean coDefendant) {

    static AppealEntry blank() {
        return new AppealEntry("", "", "", "", "", false);
    }

    static AppealEntry of(Appeal a) {
        return new AppealEntry(a.kind().name(), a.filedOn().toString(), a.request().orElse(""), a.caseNumber().orElse(""),
                a.body().orElse(""), a.reviewOrganCoDefendant());
    }

    /** The details entered, or a refusal naming the field in Chinese. */
    AppealDetails details() {
        if (kind == null || kind.isBlank()) {
            throw new RefusedException("类别：请选择行政复议、未经复议直接起诉或复议后起诉。");
        }
        return new AppealDetails(Optional.ofNullable(request), choice(kind, AppealKind.class), date("立案日期", filedOn),
                Optional.ofNullable(caseNumber), Optional.ofNullable(body), coDefendant);
    }

    static AppealResult result(String value) {
        if (value == null || value.isBlank()) {
            throw new RefusedException("结果：请选择结果维持、结果纠正或其他结果。");
        }
        return choice(value, AppealResult.class);
    }

    static LocalDate date(String label, String value) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(label + "：请填写日期。");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RefusedException(label + "：“" + value + "”不是 yyyy-mm-dd 格式的有效日期。");
        }
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("“" + value + "”不是可选的项目。");
        }
    }
}
