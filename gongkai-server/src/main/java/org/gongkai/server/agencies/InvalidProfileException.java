package org.gongkai.server.agencies;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Values an agency's profile may not take: what is wrong with each item (Chinese). Nothing was saved. */
public class InvalidProfileException extends RuntimeException {

    private final Map<ProfileField, String> problems;

    InvalidProfileException(Map<ProfileField, String> problems) {
        super(problems.values().stream().collect(Collectors.joining("")));
        this.problems = Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    /** What is wrong with each item at fault, in the order of the items. */
    public Map<ProfileField, String> problems() {
        return problems;
    }
}
