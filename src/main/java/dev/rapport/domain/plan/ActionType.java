package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What kind of thing an action is. Most types belong to one level of bond (a rebate is
 * financial, a meal social, joint development structural); "other" fits any level.
 */
public enum ActionType {
    DISCOUNT_REBATE(RelationshipLevel.FINANCIAL),
    LOYALTY_POINTS(RelationshipLevel.FINANCIAL),
    VOLUME_REWARD(RelationshipLevel.FINANCIAL),
    GIFT(RelationshipLevel.SOCIAL),
    GREETING(RelationshipLevel.SOCIAL),
    MEAL(RelationshipLevel.SOCIAL),
    EVENT(RelationshipLevel.SOCIAL),
    CLUB_INVITATION(RelationshipLevel.SOCIAL),
    VISIT(RelationshipLevel.SOCIAL),
    TRAINING(RelationshipLevel.STRUCTURAL),
    JOINT_DEVELOPMENT(RelationshipLevel.STRUCTURAL),
    CUSTOMISED_SERVICE(RelationshipLevel.STRUCTURAL),
    DEDICATED_SUPPORT(RelationshipLevel.STRUCTURAL),
    SYSTEM_INTEGRATION(RelationshipLevel.STRUCTURAL),
    OTHER(null);

    private final RelationshipLevel typicalLevel;

    ActionType(RelationshipLevel typicalLevel) {
        this.typicalLevel = typicalLevel;
    }

    /** The level this kind of action usually works at; empty for "other". */
    public Optional<RelationshipLevel> typicalLevel() {
        return Optional.ofNullable(typicalLevel);
    }

    /** The types offered for a level, its own first, "other" last. */
    public static List<ActionType> forLevel(RelationshipLevel level) {
        return Arrays.stream(values()).filter(t -> t.typicalLevel == null || t.typicalLevel == level).toList();
    }
}
