package dev.rapport.domain;

import java.util.Objects;

/**
 * A customer group to narrow figures to: a grouping and one of its keys (tier "A", party type
 * "CUSTOMER", an industry). {@link #ALL} is the whole portfolio.
 */
public record AccountGroup(ChurnGroup grouping, String key) {
    public static final AccountGroup ALL = new AccountGroup(ChurnGroup.NONE, "");

    public AccountGroup {
        Objects.requireNonNull(grouping, "grouping");
        key = key == null ? "" : key;
    }

    public boolean contains(ChurnSubject s) {
        return grouping == ChurnGroup.NONE || grouping.keyOf(s).equals(key);
    }
}
