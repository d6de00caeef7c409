package dev.rapport.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An account as churn figures see it: since when we have the relationship, its groups, and
 * every time it left (with any reactivation).
 */
public record ChurnSubject(long accountId, LocalDate since, Tier tier, PartyType partyType, String industry,
        List<AccountExit> exits) {

    public ChurnSubject {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(partyType, "partyType");
        industry = Text.trimToEmpty(industry);
        exits = exits.stream().sorted(Comparator.comparing(AccountExit::exitedOn)).toList();
    }

    /** Whether we had the relationship on that day: begun by then and not left (or won back since). */
    public boolean activeOn(LocalDate day) {
        if (since.isAfter(day)) {
            return false;
        }
        for (AccountExit e : exits) {
            boolean left = e.exitedOn().isBefore(day);
            boolean back = e.reactivatedOn() != null && !e.reactivatedOn().isAfter(day);
            if (left && !back) {
                return false;
            }
        }
        return true;
    }

    /**
     * The account as one period's figures group it. Its first exit not won back by the period's
     * first day decides: the tier, party type and industry recorded then are what the account was
     * when it left, and an edit made afterwards (a lost account downgraded to C) must not move it.
     * Without such an exit, or when that exit has no recorded segment, the current values stand.
     * One segment per period keeps an account's exit and its place in the base in the same group.
     */
    public ChurnSubject groupedFor(Period period) {
        for (AccountExit e : exits) {
            boolean backByStart = e.reactivatedOn() != null && !e.reactivatedOn().isAfter(period.start());
            if (backByStart) {
                continue;
            }
            AccountSegment s = e.segmentAtExit();
            return s == null ? this : new ChurnSubject(accountId, since, s.tier(), s.partyType(), s.industry(), exits);
        }
        return this;
    }
}
