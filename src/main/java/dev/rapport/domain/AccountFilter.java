package dev.rapport.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the rep narrowed the accounts list to: words typed (each must appear in the name,
 * industry, tags or a person's name) and any combination of tier, stage, level and party type
 * (an empty set means any active stage: exited accounts show only when that stage is picked).
 * The typed words are folded and split once, when the filter is made, not once per account.
 */
public final class AccountFilter implements Predicate<AccountListItem> {

    public static final AccountFilter ALL = new AccountFilter("", Set.of(), Set.of(), Set.of(), Set.of());

    private final String query;
    private final List<String> words;
    private final Set<Tier> tiers;
    private final Set<LifecycleStage> stages;
    private final Set<RelationshipLevel> levels;
    private final Set<PartyType> partyTypes;

    public AccountFilter(String query, Set<Tier> tiers, Set<LifecycleStage> stages,
            Set<RelationshipLevel> levels, Set<PartyType> partyTypes) {
        this.query = Text.fold(Text.trimToEmpty(query));
        this.words = Text.searchWords(query);
        this.tiers = copy(tiers, Tier.class);
        this.stages = copy(stages, LifecycleStage.class);
        this.levels = copy(levels, RelationshipLevel.class);
        this.partyTypes = copy(partyTypes, PartyType.class);
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
        return Text.containsAll(item.searchText(), words);
    }

    /** Whether the rep narrowed the list: words typed or any tier, stage, level or party picked. */
    public boolean narrows() {
        return !words.isEmpty() || !tiers.isEmpty() || !stages.isEmpty() || !levels.isEmpty()
                || !partyTypes.isEmpty();
    }

    /** Whether exited accounts are left out because no stage was picked (see {@link #test}). */
    public boolean hidesExited() {
        return stages.isEmpty();
    }

    public AccountFilter withQuery(String newQuery) {
        return new AccountFilter(newQuery, tiers, stages, levels, partyTypes);
    }

    /** The typed text, folded for matching. */
    public String query() {
        return query;
    }

    public Set<Tier> tiers() {
        return tiers;
    }

    public Set<LifecycleStage> stages() {
        return stages;
    }

    public Set<RelationshipLevel> levels() {
        return levels;
    }

    public Set<PartyType> partyTypes() {
        return partyTypes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountFilter f && query.equals(f.query) && tiers.equals(f.tiers)
                && stages.equals(f.stages) && levels.equals(f.levels) && partyTypes.equals(f.partyTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, tiers, stages, levels, partyTypes);
    }

    @Override
    public String toString() {
        return "AccountFilter[query=" + query + ", tiers=" + tiers + ", stages=" + stages + ", levels=" + levels
                + ", partyTypes=" + partyTypes + "]";
    }
}
