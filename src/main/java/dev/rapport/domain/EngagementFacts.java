package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the health score is computed from, as far as there is data. Null means "no data":
 * that part is left out of the score instead of being guessed.
 *
 * @param daysSinceLastContact days since the last logged contact; null without a contact log
 * @param neverContacted       the contact log exists but holds no contact with the account
 * @param cadenceDays          the contact cadence the account's tier expects
 * @param keyRolesCovered      how many of the key buying roles (decision maker, influencer, champion)
 *                             a current person holds; null without people data
 * @param planProgress         share of this year's plan actions done, 0..1; null without a plan
 * @param openComplaints       complaints not yet resolved; null without a contact log
 * @param satisfaction         1..5; null when not rated
 * @param level                the relationship level
 */
public record EngagementFacts(Integer daysSinceLastContact, boolean neverContacted, int cadenceDays,
        Integer keyRolesCovered, BigDecimal planProgress, Integer openComplaints, Integer satisfaction,
        RelationshipLevel level) {

    public static final int KEY_ROLES = 3;

    public EngagementFacts {
        Objects.requireNonNull(level, "level");
        if (cadenceDays < 1) {
            throw new IllegalArgumentException("cadence must be at least a day: " + cadenceDays);
        }
    }

    /** The facts the account itself holds: satisfaction and level, with the tier's cadence. */
    public static EngagementFacts of(Account a) {
        return new EngagementFacts(null, false, a.tier().defaultCadenceDays(), null, null, null, a.satisfaction(),
                a.level());
    }

    public EngagementFacts withKeyRolesCovered(Integer covered) {
        return new EngagementFacts(daysSinceLastContact, neverContacted, cadenceDays, covered, planProgress,
                openComplaints, satisfaction, level);
    }

    public EngagementFacts withLastContact(Integer days, boolean never) {
        return new EngagementFacts(days, never, cadenceDays, keyRolesCovered, planProgress, openComplaints,
                satisfaction, level);
    }

    public EngagementFacts withPlanProgress(BigDecimal progress) {
        return new EngagementFacts(daysSinceLastContact, neverContacted, cadenceDays, keyRolesCovered, progress,
                openComplaints, satisfaction, level);
    }

    public EngagementFacts withOpenComplaints(Integer count) {
        return new EngagementFacts(daysSinceLastContact, neverContacted, cadenceDays, keyRolesCovered, planProgress,
                count, satisfaction, level);
    }
}
