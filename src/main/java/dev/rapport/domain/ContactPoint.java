package dev.rapport.domain;

import java.util.Objects;

/** One phone number or e-mail address of a person, with what kind it is. */
public record ContactPoint(Kind kind, String value) {

    public enum Kind { WORK, MOBILE, HOME, OTHER }

    public ContactPoint {
        Objects.requireNonNull(kind, "kind");
        value = Text.trimToEmpty(value);
    }
}
