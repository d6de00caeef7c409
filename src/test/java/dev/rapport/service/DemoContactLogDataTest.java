package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.domain.TimelineFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoContactLogDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dataDir;

    @Test
    void sampleDataHasAYearOfContactsFollowUpsComplaintsAndAFewKeyAccountsGoneQuiet() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (AppContext app = AppContext.open(dataDir, Clock.fixed(TODAY.atTime(9, 0).atZone(zone).toInstant(), zone))) {
            app.demo().generate(40, 120, Progress.NONE);
            ContactLogService log = app.contactLog();
            assertThat(log.count()).isBetween(200L, 1200L);

            List<Interaction> all = new ArrayList<>();
            for (AccountListItem a : app.accounts().list()) {
                log.accountTimeline(a.account().id(), TimelineFilter.ALL, null, 500).entries().stream()
                        .map(TimelineEntry::interaction).forEach(all::add);
            }
            Set<InteractionChannel> channels = EnumSet.noneOf(InteractionChannel.class);
            all.forEach(i -> channels.add(i.channel()));
            assertThat(channels).hasSizeGreaterThanOrEqualTo(9);
            assertThat(all).allSatisfy(i -> assertThat(i.date()).isAfter(TODAY.minusDays(366)).isBeforeOrEqualTo(TODAY));
            assertThat(all).anySatisfy(i -> assertThat(i.complaintStatus()).isEqualTo(ComplaintStatus.RESOLVED));
            assertThat(all).anySatisfy(i -> assertThat(i.contactIds()).isNotEmpty());

            List<FollowUpDue> due = log.followUpsDue(TODAY);
            assertThat(due).anySatisfy(f -> assertThat(f.isOverdue(TODAY)).isTrue());
            assertThat(log.openComplaints()).isNotEmpty();

            List<ContactClock.QuietAccount> quiet = log.quietAccounts(TODAY);
            assertThat(quiet).isNotEmpty().allSatisfy(q -> assertThat(q.tier()).isEqualTo(Tier.A));
            long keyAccounts = app.accounts().list().stream().filter(a -> a.account().tier() == Tier.A).count();
            assertThat((long) quiet.size()).isLessThan(keyAccounts);
        }
    }
}
