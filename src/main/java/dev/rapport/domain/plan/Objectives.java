package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;

/** What the relationship should become this year. Every target is optional. */
public record Objectives(
        BigDecimal revenueTarget,
        BigDecimal shareOfWalletTarget,
        RelationshipLevel targetLevel,
        Integer targetSatisfaction,
        String goals) {

    public static final Objectives NONE = new Objectives(null, null, null, null, "");

    public Objectives {
        goals = goals == null ? "" : goals.strip();
    }
}
