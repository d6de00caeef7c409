package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactLogRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static ContactClock.AccountClock account(String name, Tier tier, LocalDateTime last) {
        return new ContactClock.AccountClock(name.hashCode(), name, tier, last, LocalDate.of(2020, 1, 1));
    }

    @Test
    void anAAccountIsInTouchOnTheThirtiethDayAndQuietOnTheThirtyFirst() {
        ContactClock.AccountClock thirty = account("华为技术", Tier.A, TODAY.minusDays(30).atTime(9, 0));
        ContactClock.AccountClock thirtyOne = account("Contoso", Tier.A, TODAY.minusDays(31).atTime(23, 59));
        assertThat(ContactClock.isQuiet(thirty, Cadence.DEFAULT, TODAY)).isFalse();
        assertThat(ContactClock.isQuiet(thirtyOne, Cadence.DEFAULT, TODAY)).isTrue();
    }

    @Test
    void eachTierHasItsOwnCadence() {
        LocalDateTime seventyDaysAgo = TODAY.minusDays(70).atTime(10, 0);
        List<ContactClock.QuietAccount> quiet = ContactClock.goingQuiet(List.of(
                account("A 客户", Tier.A, seventyDaysAgo), account("B 客户", Tier.B, seventyDaysAgo),
                account("C 客户", Tier.C, seventyDaysAgo)), Cadence.DEFAULT, TODAY);
        assertThat(quiet).extracting(ContactClock.QuietAccount::name).containsExactly("A 客户", "B 客户");
    }

    @Test
    void anEditedCadenceChangesWhoIsQuiet() {
        ContactClock.AccountClock c = account("Northwind", Tier.C, TODAY.minusDays(50).atTime(8, 0));
        assertThat(ContactClock.isQuiet(c, Cadence.DEFAULT, TODAY)).isFalse();
        assertThat(ContactClock.isQuiet(c, Cadence.DEFAULT.with(Tier.C, 45), TODAY)).isTrue();
    }

    @Test
    void goingQuietListsTheWorstFirstThenTheHigherTier() {
        List<ContactClock.QuietAccount> quiet = ContactClock.goingQuiet(List.of(
                account("slightly late B", Tier.B, TODAY.minusDays(65).atStartOfDay()),
                account("very late A", Tier.A, TODAY.minusDays(100).atStartOfDay()),
                account("late C", Tier.C, TODAY.minusDays(95).atStartOfDay()),
                account("equally late A", Tier.A, TODAY.minusDays(35).atStartOfDay()),
                account("in touch", Tier.A, TODAY.atTime(8, 0))), Cadence.DEFAULT, TODAY);
        assertThat(quiet).extracting(ContactClock.QuietAccount::name)
                .containsExactly("very late A", "equally late A", "slightly late B", "late C");
        assertThat(quiet.get(0).daysSince()).isEqualTo(100);
        assertThat(quiet.get(0).daysOverdue()).isEqualTo(70);
    }

    @Test
    void aNeverContactedAccountCountsFromTheDayItWasAdded() {
        ContactClock.AccountClock added = new ContactClock.AccountClock(1, "新客户", Tier.A, null, TODAY.minusDays(10));
        ContactClock.AccountClock old = new ContactClock.AccountClock(2, "Old Co", Tier.A, null, TODAY.minusDays(40));
        List<ContactClock.QuietAccount> quiet = ContactClock.goingQuiet(List.of(added, old), Cadence.DEFAULT, TODAY);
        assertThat(quiet).extracting(ContactClock.QuietAccount::name).containsExactly("Old Co");
        assertThat(quiet.get(0).neverContacted()).isTrue();
    }

    @Test
    void daysSinceCountsCalendarDaysSoALateEveningCallIsYesterdayThisMorning() {
        assertThat(ContactClock.daysSince(TODAY.minusDays(1).atTime(23, 50), TODAY)).isEqualTo(1);
        assertThat(ContactClock.daysSince(TODAY.atTime(0, 1), TODAY)).isZero();
        assertThat(ContactClock.daysSince(TODAY.plusDays(2).atTime(10, 0), TODAY)).isZero();
    }

    @Test
    void daysSinceCountsAcrossTheYearBoundaryAndLeapDays() {
        assertThat(ContactClock.daysSince(LocalDate.of(2027, 12, 31).atTime(18, 0), LocalDate.of(2028, 1, 1)))
                .isEqualTo(1);
        assertThat(ContactClock.daysSince(LocalDate.of(2028, 2, 28).atTime(9, 0), LocalDate.of(2028, 3, 1)))
                .isEqualTo(2);
    }

    @Test
    void aLoggedDateDoesNotShiftWhenTheMachinesTimeZoneChanges() {
        // a call at 23:30 in Shanghai is the 28th there; "today" read in New York is still the 28th there
        Interaction call = Interaction.of(1, LocalDateTime.of(2026, 11, 28, 23, 30), InteractionChannel.CALL, "电话回访");
        Instant instant = LocalDateTime.of(2026, 11, 29, 3, 0).atZone(ZoneId.of("UTC")).toInstant();
        LocalDate inShanghai = LocalDate.now(Clock.fixed(instant, ZoneId.of("Asia/Shanghai")));
        LocalDate inNewYork = LocalDate.now(Clock.fixed(instant, ZoneId.of("America/New_York")));
        assertThat(call.date()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(ContactClock.daysSince(call.at(), inShanghai)).isEqualTo(1);
        assertThat(ContactClock.daysSince(call.at(), inNewYork)).isZero();
    }

    @Test
    void aComplaintStartsOpenAndCountsDaysToResolve() {
        Interaction c = Interaction.of(1, LocalDateTime.of(2026, 10, 30, 16, 0), InteractionChannel.COMPLAINT,
                "Late delivery 交货延误");
        assertThat(c.complaintStatus()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(c.isOpenComplaint()).isTrue();
        assertThat(c.daysToResolve()).isNull();
        assertThat(c.daysOpen(TODAY)).isEqualTo(30);
        Interaction resolved = c.withComplaint(ComplaintStatus.RESOLVED, "Replacement shipped", LocalDate.of(2026, 11, 2));
        assertThat(resolved.isOpenComplaint()).isFalse();
        assertThat(resolved.daysToResolve()).isEqualTo(3);
        assertThat(InteractionRules.check(resolved)).isEmpty();
    }

    @Test
    void aResolvedComplaintNeedsAResolutionDateNotBeforeTheComplaint() {
        Interaction c = Interaction.of(1, LocalDateTime.of(2026, 10, 30, 16, 0), InteractionChannel.COMPLAINT, "投诉");
        assertThat(fields(c.withComplaint(ComplaintStatus.RESOLVED, "", null))).containsExactly("resolvedOn");
        assertThat(fields(c.withComplaint(ComplaintStatus.RESOLVED, "", LocalDate.of(2026, 10, 29))))
                .containsExactly("resolvedOn");
        assertThat(fields(c.withComplaint(ComplaintStatus.IN_PROGRESS, "", LocalDate.of(2026, 11, 1))))
                .containsExactly("resolvedOn");
    }

    @Test
    void onlyAComplaintHasAComplaintStatus() {
        Interaction call = Interaction.of(1, LocalDateTime.of(2026, 10, 30, 16, 0), InteractionChannel.CALL, "Call");
        assertThat(call.complaintStatus()).isNull();
        assertThat(fields(call.withComplaint(ComplaintStatus.OPEN, "", null))).containsExactly("complaintStatus");
    }

    @Test
    void aSubjectIsRequiredAndCostCannotBeNegative() {
        Interaction meal = Interaction.of(1, LocalDateTime.of(2026, 11, 1, 12, 0), InteractionChannel.MEAL, "  ")
                .withDetails("", "", Sentiment.POSITIVE, new BigDecimal("-5"));
        assertThat(InteractionRules.check(meal)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subject", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("cost", "validation.notNegative"));
        Interaction fractions = meal.withDetails("", "", Sentiment.POSITIVE, new BigDecimal("12.345"));
        assertThat(fields(fractions)).contains("cost");
    }

    @Test
    void aFollowUpNeedsADateOnOrAfterTheInteraction() {
        Interaction call = Interaction.of(1, LocalDateTime.of(2026, 11, 20, 9, 0), InteractionChannel.CALL, "报价");
        assertThat(fields(call.withFollowUp(null, "Send the quote"))).containsExactly("followUpOn");
        assertThat(fields(call.withFollowUp(LocalDate.of(2026, 11, 19), "Send the quote"))).containsExactly("followUpOn");
        assertThat(fields(call.withFollowUp(LocalDate.of(2026, 11, 20), "Send the quote"))).isEmpty();
    }

    @Test
    void theSamePersonListedTwiceIsKeptOnce() {
        Interaction visit = Interaction.of(1, LocalDateTime.of(2026, 11, 20, 9, 0), InteractionChannel.VISIT, "拜访")
                .withContacts(List.of(3L, 4L, 3L));
        assertThat(visit.contactIds()).containsExactly(3L, 4L);
    }

    @Test
    void searchTextFoldsAccentsAndFullWidthLetters() {
        Interaction visit = Interaction.of(1, LocalDateTime.of(2026, 11, 20, 9, 0), InteractionChannel.VISIT,
                "Besuch bei Müller").withDetails("谈到ＡＢＣ项目", "", Sentiment.NEUTRAL, null);
        assertThat(visit.searchText()).contains("muller").contains("abc项目");
        assertThat(new TimelineFilter(null, " Müller  ＡＢＣ ").words()).containsExactly("muller", "abc");
    }

    @Test
    void aCadenceOutsideOneDayToTenYearsIsRefused() {
        assertThat(Cadence.DEFAULT.check()).isEmpty();
        assertThat(new Cadence(0, 60, 4000).check()).extracting(FieldProblem::field)
                .containsExactly("cadence.A", "cadence.C");
    }

    @Test
    void aFollowUpIsOverdueFromTheDayAfterItIsDue() {
        FollowUpDue f = new FollowUpDue(1, 1, "Acme", TODAY, "call back", "Call", InteractionChannel.CALL);
        assertThat(f.isOverdue(TODAY)).isFalse();
        assertThat(f.isOverdue(TODAY.plusDays(1))).isTrue();
        assertThat(f.daysOverdue(TODAY.plusDays(3))).isEqualTo(3);
    }

    private static List<String> fields(Interaction i) {
        return InteractionRules.check(i).stream().map(FieldProblem::field).toList();
    }
}
