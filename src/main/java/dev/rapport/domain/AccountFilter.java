package dev.rapport.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the rep narrowed the accounts list to: words typed (each must appear in the name,
 * industry, tags or a person's name) and any combination of tier, stage, level and party type
 * (an empty set means any active stage: exited accounts show only when that stage is picked).
 */
public record AccountFilter(String query, Set<Tier> tiers, Set<LifecycleStage> stages,
        Set<RelationshipLevel> levels, Set<PartyType> partyTypes) implements Predicate<AccountListItem> {

    public static final AccountFilter ALL = new AccountFilter("", Set.of(), Set.of(), Set.of(), Set.of());

    public AccountFilter {
        query = Text.fold(Text.trimToEmpty(query));
        tiers = copy(tiers, Tier.class);
        stages = copy(stages, LifecycleStage.class);
        levels = copy(levels, RelationshipLevel.class);
        partyTypes = copy(partyTypes, PartyType.class);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    }

    @Override
    public boolean test(AccountListItem item) {
        Account a = item.account();
        if (!tiers.isEmpty() && !tiers.contains(a.tier())) {
            return false;
        }
        // exited accounts leave the day-to-day list; picking the "exited" stage shows them
        if (stages.isEmpty() ? !a.stage().isActive() : !stages.contains(a.stage())) {
            return false;
        }
        if (!levels.isEmpty() && !levels.contains(a.level())) {
            return false;
        }
        if (!partyTypes.isEmpty() && !partyTypes.contains(a.partyType())) {
            return false;
        }
        return query.isEmpty() || Arrays.stream(query.split("\\s+")).allMatch(item.searchText()::contains);
    }

    public AccountFilter withQuery(String newQuery) {
        return new AccountFilter(newQuery, tiers, stages, levels, partyTypes);
    }
}
