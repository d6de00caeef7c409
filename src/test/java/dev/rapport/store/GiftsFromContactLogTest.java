package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.Gift;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Sentiment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gift logged in the contact log counts as given for the people it was logged for, once. */
class GiftsFromContactLogTest {
    private static final LocalDateTime MID_AUTUMN = LocalDateTime.of(2026, 9, 25, 21, 40);

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();
    private Database db;
    private GiftRepository gifts;
    private InteractionRepository log;
    private long huawei;
    private long wang;
    private long li;
    private long zhao;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        gifts = new GiftRepository(db, clock);
        log = new InteractionRepository(db, clock);
        huawei = new AccountRepository(db, clock).insert(Account.named("华为技术 Huawei")).id();
        ContactRepository contacts = new ContactRepository(db, clock);
        wang = contacts.insert(Contact.named("王建国", huawei)).id();
        li = contacts.insert(Contact.named("李梅", huawei)).id();
        zhao = contacts.insert(Contact.named("赵强", huawei)).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Interaction logGift(LocalDateTime at, String subject, List<Long> people) {
        return log.insert(Interaction.of(huawei, at, InteractionChannel.GIFT, subject).withContacts(people)
                .withDetails("", "", Sentiment.POSITIVE, new BigDecimal("388.00")));
    }

    private static Interaction asVisit(Interaction i) {
        return new Interaction(i.id(), i.at(), i.accountId(), i.contactIds(), InteractionChannel.VISIT, i.subject(),
                i.notes(), i.outcome(), i.sentiment(), i.cost(), i.followUpOn(), i.followUpWhat(), i.followUpDone(),
                i.complaintStatus(), i.resolution(), i.resolvedOn(), i.createdAt(), i.updatedAt(), i.version());
    }

    @Test
    void aGiftLoggedInTheContactLogIsGivenToEveryoneItWasLoggedFor() {
        Interaction mooncakes = logGift(MID_AUTUMN, "中秋月饼礼盒", List.of(wang, li));

        for (long person : List.of(wang, li)) {
            List<Gift> given = gifts.ofContact(person);
            assertThat(given).hasSize(1);
            Gift g = given.get(0);
            assertThat(g.what()).isEqualTo("中秋月饼礼盒");
            assertThat(g.givenOn()).as("the day it happened, late in the evening included").isEqualTo(
                    LocalDate.of(2026, 9, 25));
            assertThat(g.cost()).isEqualByComparingTo("388.00");
            assertThat(g.contactId()).isEqualTo(person);
            assertThat(g.fromContactLog()).isTrue();
            assertThat(g.interactionId()).isEqualTo(mooncakes.id());
            assertThat(g.isNew()).as("never saved again as a new gift").isFalse();
        }
        assertThat(gifts.ofContact(zhao)).as("not logged for him").isEmpty();
    }

    @Test
    void onlyTheGiftChannelCountsAndADeletedInteractionIsNoLongerAGift() {
        log.insert(Interaction.of(huawei, MID_AUTUMN, InteractionChannel.MEAL, "晚宴").withContacts(List.of(wang)));
        Interaction tea = logGift(MID_AUTUMN.minusMonths(2), "普洱茶饼", List.of(wang));
        assertThat(gifts.ofContact(wang)).extracting(Gift::what).containsExactly("普洱茶饼");

        long deleted = log.softDelete(tea.id(), tea.version());
        assertThat(gifts.ofContact(wang)).isEmpty();
        log.restore(tea.id(), deleted);
        assertThat(gifts.ofContact(wang)).extracting(Gift::what).containsExactly("普洱茶饼");

        log.update(asVisit(log.find(tea.id()).orElseThrow()));
        assertThat(gifts.ofContact(wang)).as("no longer logged as a gift").isEmpty();
    }

    @Test
    void aGiftRecordedInBothLogsOnTheSameDayIsListedOnceAsTheGiftLogsRow() {
        logGift(MID_AUTUMN, "Mid-Autumn gift", List.of(wang, li));
        Gift recorded = gifts.insert(Gift.of(wang, null, MID_AUTUMN.toLocalDate(), "中秋节", "月饼礼盒",
                new BigDecimal("388.00"), "Zhang"));
        logGift(MID_AUTUMN.minusYears(1), "鲜花", List.of(wang));

        assertThat(gifts.ofContact(wang)).extracting(Gift::what).containsExactly("月饼礼盒", "鲜花");
        assertThat(gifts.ofContact(wang).get(0).id()).isEqualTo(recorded.id());
        assertThat(gifts.ofContact(li)).as("she has no gift-log row that day").extracting(Gift::what)
                .containsExactly("Mid-Autumn gift");

        gifts.softDelete(recorded.id(), recorded.version());
        assertThat(gifts.ofContact(wang)).as("the contact log's entry shows again")
                .extracting(Gift::what).containsExactly("Mid-Autumn gift", "鲜花");
    }

    @Test
    void giftsFromBothLogsAreListedNewestFirst() {
        gifts.insert(Gift.of(wang, null, LocalDate.of(2026, 3, 8), "", "丝巾", null, ""));
        logGift(LocalDateTime.of(2026, 5, 20, 9, 0), "钢笔", List.of(wang));
        gifts.insert(Gift.of(wang, null, LocalDate.of(2026, 10, 1), "国庆", "茶叶", null, ""));

        assertThat(gifts.ofContact(wang)).extracting(Gift::what).containsExactly("茶叶", "钢笔", "丝巾");
    }
}
