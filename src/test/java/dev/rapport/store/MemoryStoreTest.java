package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.DatedEvent;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.MonthDayRange;
import dev.rapport.domain.PersonBirthday;
import dev.rapport.domain.Preferences;
import dev.rapport.domain.Relation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Families, important dates, gifts and preferences on a real H2 file. */
class MemoryStoreTest {
    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private record People(long accountId, long wangId, long annaId) {
    }

    private People people(Database db) {
        long account = new AccountRepository(db, clock).insert(Account.named("华为技术 Huawei")).id();
        ContactRepository contacts = new ContactRepository(db, clock);
        long wang = contacts.insert(Contact.named("王建国", account)).id();
        long anna = contacts.insert(Contact.named("Anna Müller", account)).id();
        return new People(account, wang, anna);
    }

    @Test
    void familyMembersWithChineseNamesAndPartialBirthdaysSurviveReopening() {
        long wangId;
        try (Database db = Database.open(dataDir)) {
            People p = people(db);
            wangId = p.wangId();
            FamilyRepository family = new FamilyRepository(db, clock);
            family.insert(FamilyMember.of(wangId, Relation.CHILD, "王小明", Birthday.of(2016, 2, 29)));
            family.insert(FamilyMember.of(wangId, Relation.SPOUSE, "李梅", Birthday.of(11, 30)));
            family.insert(FamilyMember.of(wangId, Relation.PARENT, "王老先生", null));
        }
        try (Database db = Database.open(dataDir)) {
            List<FamilyMember> members = new FamilyRepository(db, clock).ofContact(wangId);
            assertThat(members).extracting(FamilyMember::name).containsExactly("李梅", "王小明", "王老先生");
            assertThat(members.get(0).birthday()).isEqualTo(Birthday.of(11, 30));
            assertThat(members.get(1).birthday()).isEqualTo(Birthday.of(2016, 2, 29));
            assertThat(members.get(2).birthday()).isNull();
        }
    }

    @Test
    void aDeletedFamilyMemberIsHiddenAndComesBackWhenRestored() {
        try (Database db = Database.open(dataDir)) {
            People p = people(db);
            FamilyRepository family = new FamilyRepository(db, clock);
            FamilyMember spouse = family.insert(FamilyMember.of(p.wangId(), Relation.SPOUSE, "李梅", null));
            long deleted = family.softDelete(spouse.id(), spouse.version());
            assertThat(family.ofContact(p.wangId())).isEmpty();
            assertThatThrownBy(() -> family.update(spouse)).isInstanceOf(dev.rapport.domain.EditConflict.class);
            long restored = family.restore(spouse.id(), deleted);
            assertThat(family.ofContact(p.wangId())).extracting(FamilyMember::name).containsExactly("李梅");
            family.update(new FamilyMember(spouse.id(), p.wangId(), Relation.SPOUSE, "李美", Birthday.of(3, 8), "花",
                    restored));
            assertThat(family.find(spouse.id())).get().satisfies(m -> {
                assertThat(m.name()).isEqualTo("李美");
                assertThat(m.birthday()).isEqualTo(Birthday.of(3, 8));
                assertThat(m.notes()).isEqualTo("花");
            });
        }
    }

    @Test
    void birthdaysInTheRangesComeFromContactsAndFamiliesOfPeopleStillAtLiveAccounts() {
        try (Database db = Database.open(dataDir)) {
            People p = people(db);
            ContactRepository contacts = new ContactRepository(db, clock);
            Contact wang = contacts.find(p.wangId()).orElseThrow();
            contacts.update(new Contact(wang.id(), wang.accountId(), wang.name(), "", "", null, List.of(), List.of(),
                    "", null, Birthday.of(1975, 12, 2), "", "", false, null, wang.createdAt(), wang.updatedAt(), wang.version()));
            FamilyRepository family = new FamilyRepository(db, clock);
            family.insert(FamilyMember.of(p.wangId(), Relation.SPOUSE, "李梅", Birthday.of(1978, 11, 30)));
            family.insert(FamilyMember.of(p.wangId(), Relation.CHILD, "王小明", Birthday.of(2010, 1, 20)));
            FamilyMember gone = family.insert(FamilyMember.of(p.annaId(), Relation.SPOUSE, "Jonas", Birthday.of(12, 1)));
            family.softDelete(gone.id(), gone.version());
            Account northwind = new AccountRepository(db, clock).insert(Account.named("Northwind"));
            long other = northwind.id();
            long hans = contacts.insert(Contact.named("Hans", other)).id();
            family.insert(FamilyMember.of(hans, Relation.CHILD, "Lena", Birthday.of(12, 3)));
            new AccountRepository(db, clock).softDelete(other, northwind.version());

            List<PersonBirthday> found = family.birthdaysIn(MonthDayRange.covering(TODAY, 14));
            assertThat(found).extracting(PersonBirthday::personName).containsExactlyInAnyOrder("王建国", "李梅");
            PersonBirthday spouse = found.stream().filter(b -> b.familyMemberId() != null).findFirst().orElseThrow();
            assertThat(spouse.relation()).isEqualTo(Relation.SPOUSE);
            assertThat(spouse.contactName()).isEqualTo("王建国");
            assertThat(spouse.accountName()).isEqualTo("华为技术 Huawei");
            assertThat(spouse.birthday()).isEqualTo(Birthday.of(1978, 11, 30));
        }
    }

    @Test
    void theBirthdayLookupUsesTheDayOfYearIndexes() {
        try (Database db = Database.open(dataDir)) {
            people(db);
            String familyPlan = db.withHandle(h -> h.createQuery("EXPLAIN SELECT f.id FROM family_member f"
                    + " WHERE f.birthday_month = 11 AND f.birthday_day BETWEEN 1 AND 5").mapTo(String.class).one());
            String contactPlan = db.withHandle(h -> h.createQuery("EXPLAIN SELECT c.id FROM contact c"
                    + " WHERE c.birthday_month = 11 AND c.birthday_day BETWEEN 1 AND 5").mapTo(String.class).one());
            assertThat(familyPlan).containsIgnoringCase("FAMILY_MEMBER_BIRTHDAY");
            assertThat(contactPlan).containsIgnoringCase("CONTACT_BIRTHDAY");
        }
    }

    @Test
    void importantDatesOfPeopleAndAccountsAreFoundUnlessPastOneOffOrDeleted() {
        try (Database db = Database.open(dataDir)) {
            People p = people(db);
            ImportantDateRepository dates = new ImportantDateRepository(db, clock);
            dates.insert(ImportantDate.ofContact(p.wangId(), DateKind.WORK_ANNIVERSARY, "", LocalDate.of(2010, 12, 1), true));
            dates.insert(ImportantDate.ofContact(p.annaId(), DateKind.WORK_ANNIVERSARY, "", LocalDate.of(2012, 6, 1), true));
            dates.insert(ImportantDate.ofAccount(p.accountId(), DateKind.PARTNERSHIP_ANNIVERSARY, "合作纪念日",
                    LocalDate.of(2019, 12, 5), true));
            dates.insert(ImportantDate.ofAccount(p.accountId(), DateKind.CUSTOM, "Old visit", LocalDate.of(2025, 12, 1), false));
            ImportantDate deleted = dates.insert(ImportantDate.ofContact(p.annaId(), DateKind.CUSTOM, "Marathon",
                    LocalDate.of(2026, 12, 6), false));
            long deletedVersion = dates.softDelete(deleted.id(), deleted.version());

            List<DatedEvent> coming = dates.comingIn(TODAY, MonthDayRange.covering(TODAY, 14));
            assertThat(coming).extracting(e -> e.date().kind())
                    .containsExactlyInAnyOrder(DateKind.WORK_ANNIVERSARY, DateKind.PARTNERSHIP_ANNIVERSARY);
            DatedEvent work = coming.stream().filter(e -> e.date().contactId() != null).findFirst().orElseThrow();
            assertThat(work.contactName()).isEqualTo("王建国");
            assertThat(work.accountId()).isEqualTo(p.accountId());
            assertThat(work.accountName()).isEqualTo("华为技术 Huawei");
            assertThat(dates.ofAccount(p.accountId())).extracting(ImportantDate::title)
                    .containsExactly("Old visit", "合作纪念日");
            assertThat(dates.ofContact(p.annaId())).extracting(ImportantDate::kind).containsExactly(DateKind.WORK_ANNIVERSARY);
            dates.restore(deleted.id(), deletedVersion);
            assertThat(dates.ofContact(p.annaId())).extracting(ImportantDate::title).containsExactly("", "Marathon");
        }
    }

    @Test
    void giftsComeBackNewestFirstWithTheFamilyMemberTheyWereFor() {
        try (Database db = Database.open(dataDir)) {
            People p = people(db);
            FamilyMember spouse = new FamilyRepository(db, clock)
                    .insert(FamilyMember.of(p.wangId(), Relation.SPOUSE, "李梅", null));
            GiftRepository gifts = new GiftRepository(db, clock);
            gifts.insert(Gift.of(p.wangId(), null, LocalDate.of(2025, 2, 1), "春节", "茶叶 Longjing tea",
                    new BigDecimal("680.50"), "我"));
            Gift flowers = gifts.insert(Gift.of(p.wangId(), spouse.id(), LocalDate.of(2026, 3, 8), "生日", "鲜花",
                    new BigDecimal("299"), "Team"));
            Gift deleted = gifts.insert(Gift.of(p.wangId(), null, LocalDate.of(2026, 5, 1), "", "Wine", null, ""));
            long deletedVersion = gifts.softDelete(deleted.id(), deleted.version());

            List<Gift> log = gifts.ofContact(p.wangId());
            assertThat(log).extracting(Gift::what).containsExactly("鲜花", "茶叶 Longjing tea");
            assertThat(log.get(0).familyMemberName()).isEqualTo("李梅");
            assertThat(log.get(0).cost()).isEqualByComparingTo("299");
            assertThat(log.get(1).cost()).isEqualByComparingTo("680.50");
            assertThat(log.get(1).familyMemberName()).isEmpty();
            gifts.update(new Gift(flowers.id(), p.wangId(), null, "", LocalDate.of(2026, 3, 8), "生日", "兰花", null, "我",
                    flowers.version()));
            assertThat(gifts.ofContact(p.wangId()).get(0).what()).isEqualTo("兰花");
            gifts.restore(deleted.id(), deletedVersion);
            assertThat(gifts.ofContact(p.wangId())).hasSize(3);
            assertThat(gifts.ofContact(p.annaId())).isEmpty();
        }
    }

    @Test
    void giftIdeasAreKeptInTheOrderNotedAndCanBeDeletedAndRestored() {
        try (Database db = Database.open(dataDir)) {
            People p = people(db);
            GiftRepository gifts = new GiftRepository(db, clock);
            GiftIdea seeds = gifts.insertIdea(GiftIdea.of(p.wangId(), "花种子和肥料"));
            gifts.insertIdea(GiftIdea.of(p.wangId(), "Golf balls"));
            long deleted = gifts.softDeleteIdea(seeds.id(), seeds.version());
            assertThat(gifts.ideasOf(p.wangId())).extracting(GiftIdea::idea).containsExactly("Golf balls");
            gifts.restoreIdea(seeds.id(), deleted);
            assertThat(gifts.ideasOf(p.wangId())).extracting(GiftIdea::idea).containsExactly("花种子和肥料", "Golf balls");
        }
    }

    @Test
    void preferencesReadTheTextFromTheContactAndKeepTheTagsInOrderWithoutTouchingTheText() {
        long wangId;
        try (Database db = Database.open(dataDir)) {
            People p = people(db);
            wangId = p.wangId();
            ContactRepository contacts = new ContactRepository(db, clock);
            Contact wang = contacts.find(wangId).orElseThrow();
            contacts.update(new Contact(wang.id(), wang.accountId(), wang.name(), "", "", null, List.of(), List.of(),
                    "", null, null, "喜欢养兰花，爱喝龙井", "", false, null, wang.createdAt(), wang.updatedAt(), wang.version()));
            ContactInterestsRepository prefs = new ContactInterestsRepository(db, clock);
            long read = prefs.find(wangId).orElseThrow().version();
            Preferences first = prefs.save(new Preferences(wangId, "stale text from an old screen",
                    List.of("loves flowers", "不喝酒"), read));
            prefs.save(new Preferences(wangId, "", List.of("不喝酒", "loves flowers", "tea"), first.version()));
            assertThat(contacts.find(wangId).orElseThrow().interests()).isEqualTo("喜欢养兰花，爱喝龙井");
        }
        try (Database db = Database.open(dataDir)) {
            Preferences p = new ContactInterestsRepository(db, clock).find(wangId).orElseThrow();
            assertThat(p.text()).isEqualTo("喜欢养兰花，爱喝龙井");
            assertThat(p.tags()).containsExactly("不喝酒", "loves flowers", "tea");
            assertThatThrownBy(() -> new ContactInterestsRepository(db, clock).save(new Preferences(9999, "", List.of(), 1)))
                    .isInstanceOfSatisfying(EditConflict.class, e -> assertThat(e.messageKey()).isEqualTo("conflict.gone"));
        }
    }
}
