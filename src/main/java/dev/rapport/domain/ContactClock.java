package dev.rapport.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Last contact" and "days since last contact", and which accounts are going quiet. Days are
 * counted between calendar dates as the rep saw them, never between instants, so neither a
 * time zone change nor a late-evening call shifts the count.
 */
public final class ContactClock {
    private ContactClock() {
    }

    /** Whole days from the last contact to today; 0 for a contact logged today or later. */
    public static long daysSince(LocalDateTime lastContact, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(lastContact.toLocalDate(), today));
    }

    /** What the rule needs to know about an account: its tier, last contact and the day it was added. */
    public record AccountClock(long accountId, String name, Tier tier, LocalDateTime lastContact,
            LocalDate addedOn) {

        /**
         * The day the clock runs from: the last contact, or the day the account was added when it was
         * never contacted (a new account is not quiet on its first day).
         */
        public LocalDate since() {
            return lastContact != null ? lastContact.toLocalDate() : addedOn;
        }
    }

    /** An account whose days since last contact exceed its tier's cadence. */
    public record QuietAccount(long accountId, String name, Tier tier, LocalDateTime lastContact, long daysSince,
            int cadenceDays) {

        /** Days past the cadence: how much attention it needs. */
        public long daysOverdue() {
            return daysSince - cadenceDays;
        }

        public boolean neverContacted() {
            return lastContact == null;
        }
    }

    /** True when more days than the tier's cadence have passed since the account's clock started. */
    public static boolean isQuiet(AccountClock a, Cadence cadence, LocalDate today) {
        return ChronoUnit.DAYS.between(a.since(), today) > cadence.days(a.tier());
    }

    /**
     * The accounts going quiet, worst first: most days past their cadence, then the higher tier,
     * then by name.
     */
    public static List<QuietAccount> goingQuiet(List<AccountClock> accounts, Cadence cadence, LocalDate today) {
        List<QuietAccount> quiet = new ArrayList<>();
        for (AccountClock a : accounts) {
            if (isQuiet(a, cadence, today)) {
                quiet.add(new QuietAccount(a.accountId(), a.name(), a.tier(), a.lastContact(),
                        ChronoUnit.DAYS.between(a.since(), today), cadence.days(a.tier())));
            }
        }
        quiet.sort(Comparator.comparingLong(QuietAccount::daysOverdue).reversed()
                .thenComparing(QuietAccount::tier)
                .thenComparing(QuietAccount::name));
        return quiet;
    }
}
