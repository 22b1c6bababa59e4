package org.gongkai.agency;

import java.util.Objects;
import java.util.Optional;

/** An administrative agency (行政机关); {@code parent} is the agency above it in the hierarchy, if any. */
public record Agency(String code, String name, Optional<String> parent) {

    public Agency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
    }
}
