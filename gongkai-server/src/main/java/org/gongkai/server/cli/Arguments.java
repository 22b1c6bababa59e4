package org.gongkai.server.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parse command-line values, reporting bad ones as {@link BadInputException} naming the argument. */
final class Arguments {

    private Arguments() {}

    static LocalDate date(String argument, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(argument + "：“" + value + "”不是 yyyy-mm-dd 格式的有效日期");
        }
    }

    static int nonNegative(String argument, String value) {
        if (!value.matches("[0-9]{1,6}")) {
            throw new BadInputException(argument + "：“" + value + "”不是 0 到 999999 之间的整数");
        }
        return Integer.parseInt(value);
    }
}
