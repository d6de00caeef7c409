package dev.rapport.domain.plan;

import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import java.util.Set;

/**
 * Which actions the Planner shows: an empty set means "any". The owner is the action's, or the
 * account's when the action names none.
 */
public record PlannerFilter(Set<RelationshipLevel> levels, Set<ActionStatus> statuses, Set<Tier> tiers,
        Set<String> owners) {

    public static final PlannerFilter ALL = new PlannerFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public PlannerFilter {
        levels = Set.copyOf(levels);
        statuses = Set.copyOf(statuses);
        tiers = Set.copyOf(tiers);
        owners = Set.copyOf(owners);
    }

    public boolean test(Account account, PlanAction action) {
        return (levels.isEmpty() || levels.contains(action.level()))
                && (statuses.isEmpty() || statuses.contains(action.status()))
                && (tiers.isEmpty() || tiers.contains(account.tier()))
                && (owners.isEmpty() || owners.contains(ownerOf(account, action)));
    }

    /** Whether an account's row shows at all: only the tier decides, so an account without actions still shows. */
    public boolean showsAccount(Account account) {
        return tiers.isEmpty() || tiers.contains(account.tier());
    }

    public static String ownerOf(Account account, PlanAction action) {
        return action.owner().isEmpty() ? account.owner() : action.owner();
    }
}
