package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.util.List;

/**
 * Typical actions for each level of bond, from the relationship-marketing seeds, so a new
 * user starts fast: points and rebates for financial; birthday gifts, festival visits and club
 * events for social; joint development, training and dedicated service for structural.
 * Titles are message keys; the screen words them in the user's language.
 */
public final class ActionSuggestions {

    /** A typical action: its type, its title's message key, and whether it comes back every year. */
    public record Suggestion(RelationshipLevel level, ActionType type, String titleKey, boolean recurring) {
    }

    private static final List<Suggestion> ALL = List.of(
            new Suggestion(RelationshipLevel.FINANCIAL, ActionType.LOYALTY_POINTS, "plans.suggest.loyaltyPoints", true),
            new Suggestion(RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE, "plans.suggest.yearEndRebate", true),
            new Suggestion(RelationshipLevel.FINANCIAL, ActionType.VOLUME_REWARD, "plans.suggest.volumeReward", false),
            new Suggestion(RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE, "plans.suggest.earlyPayment", false),
            new Suggestion(RelationshipLevel.SOCIAL, ActionType.GIFT, "plans.suggest.birthdayGift", true),
            new Suggestion(RelationshipLevel.SOCIAL, ActionType.VISIT, "plans.suggest.festivalVisit", true),
            new Suggestion(RelationshipLevel.SOCIAL, ActionType.GREETING, "plans.suggest.newYearGreeting", true),
            new Suggestion(RelationshipLevel.SOCIAL, ActionType.CLUB_INVITATION, "plans.suggest.clubEvent", true),
            new Suggestion(RelationshipLevel.SOCIAL, ActionType.MEAL, "plans.suggest.businessMeal", false),
            new Suggestion(RelationshipLevel.STRUCTURAL, ActionType.JOINT_DEVELOPMENT, "plans.suggest.jointDevelopment", false),
            new Suggestion(RelationshipLevel.STRUCTURAL, ActionType.TRAINING, "plans.suggest.training", true),
            new Suggestion(RelationshipLevel.STRUCTURAL, ActionType.DEDICATED_SUPPORT, "plans.suggest.dedicatedService", true),
            new Suggestion(RelationshipLevel.STRUCTURAL, ActionType.SYSTEM_INTEGRATION, "plans.suggest.systemIntegration", false),
            new Suggestion(RelationshipLevel.STRUCTURAL, ActionType.CUSTOMISED_SERVICE, "plans.suggest.customisedService", false));

    private ActionSuggestions() {
    }

    public static List<Suggestion> forLevel(RelationshipLevel level) {
        return ALL.stream().filter(s -> s.level() == level).toList();
    }
}
