package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Cadence;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.Tier;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact log on a real H2 file: timelines paged by position, last contacts kept, and plans on indexes. */
class InteractionRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();
    private Database db;
    private InteractionRepository log;
    private long huawei;
    private long contoso;
    private long wang;
    private long anna;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        log = new InteractionRepository(db, clock);
        AccountRepository accounts = new AccountRepository(db, clock);
        ContactRepository contacts = new ContactRepository(db, clock);
        huawei = accounts.insert(Account.named("华为技术 Huawei").withTier(Tier.A)).id();
        contoso = accounts.insert(Account.named("Contoso Components").withTier(Tier.C)).id();
        wang = contacts.insert(Contact.named("王建国", huawei)).id();
        anna = contacts.insert(Contact.named("Anna Müller", contoso)).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Interaction call(long account, LocalDateTime at, String subject) {
        return Interaction.of(account, at, InteractionChannel.CALL, subject);
    }

    @Test
    void aLoggedCallWithChineseNotesIsThereAfterReopeningAndMovesLastContact() {
        Interaction saved = log.insert(call(huawei, LocalDateTime.of(2026, 11, 28, 23, 30), "电话回访")
                .withContacts(List.of(wang))
                .withDetails("讨论了明年的合作计划", "同意下周报价", Sentiment.POSITIVE, new BigDecimal("0")));
        db.close();
        db = Database.open(dataDir);
        log = new InteractionRepository(db, clock);
        Interaction read = log.find(saved.id()).orElseThrow();
        assertThat(read.notes()).isEqualTo("讨论了明年的合作计划");
        assertThat(read.contactIds()).containsExactly(wang);
        assertThat(read.at()).isEqualTo(LocalDateTime.of(2026, 11, 28, 23, 30));
        assertThat(log.lastContactByAccount()).containsEntry(huawei, LocalDateTime.of(2026, 11, 28, 23, 30))
                .doesNotContainKey(contoso);
        assertThat(log.lastContactByContact()).containsEntry(wang, LocalDateTime.of(2026, 11, 28, 23, 30));
    }

    @Test
    void deletingTheNewestInteractionPutsLastContactBackAndUndoRestoresIt() {
        log.insert(call(huawei, LocalDateTime.of(2026, 10, 1, 9, 0), "older").withContacts(List.of(wang)));
        Interaction newer = log.insert(call(huawei, LocalDateTime.of(2026, 11, 1, 9, 0), "newer")
                .withContacts(List.of(wang)));
        long deleted = log.softDelete(newer.id(), newer.version());
        assertThat(log.lastContactByAccount().get(huawei)).isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 0));
        assertThat(log.lastContactByContact().get(wang)).isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 0));
        assertThat(log.find(newer.id())).isEmpty();
        log.restore(newer.id(), deleted);
        assertThat(log.lastContactByAccount().get(huawei)).isEqualTo(LocalDateTime.of(2026, 11, 1, 9, 0));
    }

    @Test
    void movingAnInteractionToAnotherAccountAndPersonMovesBothClocks() {
        Interaction i = log.insert(call(huawei, LocalDateTime.of(2026, 11, 1, 9, 0), "wrong account")
                .withContacts(List.of(wang)));
        Interaction moved = new Interaction(i.id(), i.at(), contoso, List.of(anna), i.channel(), "right account",
                "", "", Sentiment.NEUTRAL, null, null, "", false, null, "", null, i.createdAt(), i.updatedAt(), i.version());
        log.update(moved);
        assertThat(log.lastContactByAccount()).containsOnlyKeys(contoso);
        assertThat(log.lastContactByContact()).containsOnlyKeys(anna);
        assertThat(log.contactPage(wang, TimelineFilter.ALL, null, 10).entries()).isEmpty();
        assertThat(log.contactPage(anna, TimelineFilter.ALL, null, 10).entries())
                .extracting(e -> e.interaction().subject()).containsExactly("right account");
    }

    @Test
    void anAccountTimelinePagesNewestFirstWithoutGapsOrRepeatsEvenWhenTimesTie() {
        List<Interaction> all = new ArrayList<>();
        for (int k = 0; k < 230; k++) {
            // three per minute: ties on the time are broken by id
            all.add(call(huawei, LocalDateTime.of(2026, 1, 1, 8, 0).plusMinutes(k / 3), "call " + k)
                    .withContacts(List.of(wang)));
        }
        log.insertAll(all);
        List<String> seen = new ArrayList<>();
        TimelinePage.Cursor cursor = null;
        int pages = 0;
        do {
            TimelinePage page = log.accountPage(huawei, TimelineFilter.ALL, cursor, 50);
            page.entries().forEach(e -> seen.add(e.interaction().subject()));
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(230).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo("call 229");
        assertThat(seen.get(229)).isEqualTo("call 0");
        TimelinePage first = log.contactPage(wang, TimelineFilter.ALL, null, 20);
        assertThat(first.entries()).hasSize(20);
        assertThat(first.entries().get(0).accountName()).isEqualTo("华为技术 Huawei");
        assertThat(first.entries().get(0).contactNames()).containsExactly("王建国");
        List<String> contactSeen = new ArrayList<>();
        cursor = null;
        do {
            TimelinePage page = log.contactPage(wang, TimelineFilter.ALL, cursor, 64);
            page.entries().forEach(e -> contactSeen.add(e.interaction().subject()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(contactSeen).isEqualTo(seen);
    }

    @Test
    void aTimelineFiltersByChannelAndFindsWordsInTheNotesIgnoringAccents() {
        log.insert(call(contoso, LocalDateTime.of(2026, 11, 2, 9, 0), "Preisgespräch")
                .withDetails("Herr Müller wants 5% off", "", Sentiment.NEUTRAL, null));
        log.insert(Interaction.of(contoso, LocalDateTime.of(2026, 11, 3, 12, 0), InteractionChannel.MEAL, "Lunch")
                .withDetails("talked about MULLER's garden", "", Sentiment.POSITIVE, new BigDecimal("380.00")));
        log.insert(Interaction.of(contoso, LocalDateTime.of(2026, 11, 4, 12, 0), InteractionChannel.VISIT, "Visit")
                .withDetails("plant tour", "", Sentiment.POSITIVE, null));
        assertThat(subjects(log.accountPage(contoso, new TimelineFilter(InteractionChannel.MEAL, ""), null, 10)))
                .containsExactly("Lunch");
        assertThat(subjects(log.accountPage(contoso, new TimelineFilter(null, "muller"), null, 10)))
                .containsExactly("Lunch", "Preisgespräch");
        assertThat(subjects(log.accountPage(contoso, new TimelineFilter(InteractionChannel.CALL, "Müller 5%"), null, 10)))
                .containsExactly("Preisgespräch");
        // % and _ are literal characters, not wildcards
        assertThat(subjects(log.accountPage(contoso, new TimelineFilter(null, "0%"), null, 10))).isEmpty();
    }

    @Test
    void followUpsDueIncludeOverdueOnesOldestFirstAndLeaveWhenDone() {
        Interaction overdue = log.insert(call(huawei, LocalDateTime.of(2026, 11, 1, 9, 0), "报价")
                .withFollowUp(TODAY.minusDays(5), "发送报价单"));
        log.insert(call(contoso, LocalDateTime.of(2026, 11, 20, 9, 0), "Quote")
                .withFollowUp(TODAY, "Send the quote"));
        log.insert(call(contoso, LocalDateTime.of(2026, 11, 21, 9, 0), "Later")
                .withFollowUp(TODAY.plusDays(1), "not yet"));
        List<FollowUpDue> due = log.followUpsDue(TODAY);
        assertThat(due).extracting(FollowUpDue::what).containsExactly("发送报价单", "Send the quote");
        assertThat(due.get(0).daysOverdue(TODAY)).isEqualTo(5);
        log.setFollowUpDone(overdue.id(), true, overdue.version());
        assertThat(log.followUpsDue(TODAY)).extracting(FollowUpDue::what).containsExactly("Send the quote");
    }

    @Test
    void openComplaintsComeOldestFirstAndAResolvedOneLeaves() {
        Interaction late = log.insert(Interaction.of(huawei, LocalDateTime.of(2026, 10, 1, 9, 0),
                InteractionChannel.COMPLAINT, "交货延误"));
        log.insert(Interaction.of(contoso, LocalDateTime.of(2026, 11, 1, 9, 0), InteractionChannel.COMPLAINT,
                "Wrong invoice").withComplaint(ComplaintStatus.IN_PROGRESS, "", null));
        assertThat(log.openComplaints()).extracting(OpenComplaint::subject).containsExactly("交货延误", "Wrong invoice");
        assertThat(log.openComplaintCounts()).containsEntry(huawei, 1).containsEntry(contoso, 1);
        log.update(late.withComplaint(ComplaintStatus.RESOLVED, "补发货物", LocalDate.of(2026, 10, 4)));
        assertThat(log.openComplaints()).extracting(OpenComplaint::subject).containsExactly("Wrong invoice");
        assertThat(log.find(late.id()).orElseThrow().daysToResolve()).isEqualTo(3);
    }

    @Test
    void quietCandidatesAreAccountsLastContactedBeforeTheirTiersCadence() {
        log.insert(call(huawei, TODAY.minusDays(31).atTime(10, 0), "A, 31 days ago"));
        log.insert(call(contoso, TODAY.minusDays(31).atTime(10, 0), "C, 31 days ago"));
        List<ContactClock.AccountClock> candidates = log.quietCandidates(Cadence.DEFAULT, TODAY, ZoneOffset.UTC);
        assertThat(candidates).extracting(ContactClock.AccountClock::accountId).containsExactly(huawei);
        AccountRepository accounts = new AccountRepository(db, clock);
        accounts.update(accounts.find(huawei).orElseThrow().withStage(dev.rapport.domain.LifecycleStage.EXITED));
        assertThat(log.quietCandidates(Cadence.DEFAULT, TODAY, ZoneOffset.UTC)).as("an exited account is not missed")
                .isEmpty();
    }

    @Test
    void timelineAndAgendaQueriesUseTheirIndexesNotTableScans() throws Exception {
        List<Interaction> many = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            long account = k % 2 == 0 ? huawei : contoso;
            many.add(Interaction.of(account, LocalDateTime.of(2025, 1, 1, 8, 0).plusHours(k),
                    InteractionChannel.values()[k % InteractionChannel.values().length], "row " + k)
                    .withContacts(List.of(account == huawei ? wang : anna))
                    .withFollowUp(k % 10 == 0 ? LocalDate.of(2025, 1, 1).plusDays(k / 24 + 1) : null,
                            k % 10 == 0 ? "follow up" : ""));
        }
        log.insertAll(many);
        org.jdbi.v3.core.Jdbi.create(SchemaVersionTest.adminOf(db)).useHandle(h -> h.execute("ANALYZE")); // admin only
        TimelinePage.Cursor cursor = new TimelinePage.Cursor(LocalDateTime.of(2025, 3, 1, 8, 0), 900);
        List<String> plans = List.of(
                log.explainAccountPage(huawei, TimelineFilter.ALL, null, 50),
                log.explainAccountPage(huawei, TimelineFilter.ALL, cursor, 50),
                log.explainAccountPage(huawei, new TimelineFilter(InteractionChannel.CALL, "row"), cursor, 50),
                log.explainContactPage(wang, TimelineFilter.ALL, null, 50),
                log.explainContactPage(wang, new TimelineFilter(InteractionChannel.VISIT, "row"), cursor, 50));
        for (String plan : plans) {
            assertThat(plan).as(plan).doesNotContainIgnoringCase("tableScan").containsIgnoringCase("index sorted");
        }
        assertThat(plans.get(0)).containsIgnoringCase("INTERACTION_ACCOUNT_TIME");
        assertThat(plans.get(2)).containsIgnoringCase("INTERACTION_ACCOUNT_CHANNEL_TIME");
        assertThat(plans.get(3)).containsIgnoringCase("INTERACTION_CONTACT_TIME");
        assertThat(plans.get(4)).containsIgnoringCase("INTERACTION_CONTACT_CHANNEL_TIME");
        String followUps = log.explainFollowUpsDue(TODAY);
        assertThat(followUps).as(followUps).containsIgnoringCase("INTERACTION_FOLLOW_UP")
                .doesNotContainIgnoringCase("PUBLIC.INTERACTION.tableScan");
        String complaints = log.explainOpenComplaints();
        assertThat(complaints).as(complaints).containsIgnoringCase("INTERACTION_COMPLAINT")
                .doesNotContainIgnoringCase("PUBLIC.INTERACTION.tableScan");
    }

    private static List<String> subjects(TimelinePage page) {
        return page.entries().stream().map(TimelineEntry::interaction).map(Interaction::subject).toList();
    }

    @Test
    void theLogIsInUseWhileAnyEntryIsNotDeleted() {
        assertThat(log.anyActive()).isFalse();
        Interaction first = log.insert(call(huawei, LocalDateTime.of(2026, 10, 1, 9, 0), "first"));
        assertThat(log.anyActive()).isTrue();
        long deleted = log.softDelete(first.id(), first.version());
        assertThat(log.anyActive()).as("only a deleted entry").isFalse();
        log.restore(first.id(), deleted);
        assertThat(log.anyActive()).isTrue();
    }
}
