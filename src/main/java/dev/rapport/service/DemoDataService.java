package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.PreferredChannel;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RelationshipType;
import dev.rapport.domain.Tier;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import dev.rapport.store.InteractionRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a data folder with believable sample data: Chinese and Latin names, every tier,
 * stage, level and party type, so a new user (or a benchmark) sees a working Rapport.
 */
public final class DemoDataService {
    private static final int BATCH = 250;

    private final Database db;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final Clock clock;
    private DemoPlanData plans;
    private final DemoMemoryData memory;

    public DemoDataService(Database db, AccountRepository accounts, ContactRepository contacts, Clock clock,
            DemoMemoryData memory) {
        this.db = db;
        this.accounts = accounts;
        this.contacts = contacts;
        this.clock = clock;
        this.memory = memory;
    }

    /** Also creates this and last year's plans for the A and B accounts (issue 4). */
    public DemoDataService withPlans(DemoPlanData planData) {
        this.plans = planData;
        return this;
    }

    /** What was created. */
    public record Summary(int accounts, int contacts) {
    }

    /**
     * Creates the accounts and spreads the contacts over them, in batches of one transaction
     * each; a cancelled run keeps the batches already written.
     */
    public Summary generate(int accountCount, int contactCount, Progress progress) {
        if (accountCount < 1 || contactCount < 0) {
            throw new IllegalArgumentException("need at least one account and no negative contacts");
        }
        SampleNames names = new SampleNames(new Random(20261122L + accountCount * 31L + contactCount));
        LocalDate today = LocalDate.now(clock);
        long total = (long) accountCount + contactCount;
        List<Long> ids = new ArrayList<>(accountCount);
        List<Tier> tiers = new ArrayList<>(accountCount);
        java.util.Map<Long, List<Long>> people = new java.util.HashMap<>();
        int doneAccounts = 0;
        while (doneAccounts < accountCount && !progress.isCancelled()) {
            int from = doneAccounts;
            int to = Math.min(accountCount, from + BATCH);
            db.inTransaction(() -> {
                for (int i = from; i < to; i++) {
                    Account saved = accounts.insert(account(names, i));
                    ids.add(saved.id());
                    tiers.add(saved.tier());
                }
            });
            doneAccounts = to;
            progress.update(doneAccounts, total);
        }
        int doneContacts = 0;
        List<Contact> savedContacts = new ArrayList<>(contactCount);
        while (doneContacts < contactCount && !ids.isEmpty() && !progress.isCancelled()) {
            int from = doneContacts;
            int to = Math.min(contactCount, from + BATCH);
            db.inTransaction(() -> {
                for (int i = from; i < to; i++) {
                    // every account gets a first person before any gets a second
                    long accountId = ids.get(i % ids.size());
                    Contact saved = contacts.insert(contact(names, accountId, i, today));
                    savedContacts.add(saved);
                    if (!saved.leftAccount()) {
                        people.computeIfAbsent(accountId, k -> new ArrayList<>()).add(saved.id());
                    }
                }
            });
            doneContacts = to;
            progress.update(doneAccounts + (long) doneContacts, total);
        }
        if (plans != null && !progress.isCancelled()) {
            List<Account> made = new ArrayList<>();
            for (long id : ids) {
                accounts.find(id).ifPresent(made::add);
            }
            plans.create(made, today, names.random(), progress);
        }
        if (!progress.isCancelled()) {
            new DemoRetentionData(db, accounts, clock).addTo(ids, names.random());
        }
        if (!progress.isCancelled()) {
            memory.generate(savedContacts, ids, today, progress);
        }
        if (!progress.isCancelled()) {
            contactLog(ids, tiers, people, today, accountCount);
        }
        return new Summary(doneAccounts, ids.isEmpty() ? 0 : doneContacts);
    }

    /** A year of contact log over the accounts just made (texts in the account's language). */
    private void contactLog(List<Long> ids, List<Tier> tiers, java.util.Map<Long, List<Long>> people, LocalDate today,
            int seed) {
        List<DemoContactLogData.SampleAccount> samples = new ArrayList<>(ids.size());
        java.util.Map<Tier, Integer> cadence = new java.util.EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            cadence.put(t, t.defaultCadenceDays());
        }
        for (int i = 0; i < ids.size(); i++) {
            samples.add(new DemoContactLogData.SampleAccount(ids.get(i), tiers.get(i), i % 2 == 0,
                    people.getOrDefault(ids.get(i), List.of())));
        }
        new DemoContactLogData(new InteractionRepository(db, clock), 20261129L + seed).generate(samples, today, cadence);
    }

    private static Account account(SampleNames n, int i) {
        Random r = n.random();
        Tier tier = i % 7 == 0 ? Tier.A : (i % 3 == 0 ? Tier.B : Tier.C);
        PartyType party = i % 10 < 6 ? PartyType.CUSTOMER : n.pick(PartyType.values());
        LifecycleStage stage = n.pick(new LifecycleStage[] {LifecycleStage.PROSPECT, LifecycleStage.INITIATION,
            LifecycleStage.GROWTH, LifecycleStage.MAINTENANCE, LifecycleStage.MAINTENANCE,
            LifecycleStage.MAINTENANCE, LifecycleStage.AT_RISK, LifecycleStage.RECOVERY});
        RelationshipLevel level = tier == Tier.A ? n.pick(new RelationshipLevel[] {RelationshipLevel.SOCIAL,
            RelationshipLevel.STRUCTURAL}) : n.pick(RelationshipLevel.values());
        long revenueBase = switch (tier) {
            case A -> 2_000_000;
            case B -> 500_000;
            case C -> 50_000;
        };
        BigDecimal revenue = BigDecimal.valueOf(revenueBase + (long) (r.nextDouble() * revenueBase * 3), 0)
                .setScale(2, RoundingMode.UNNECESSARY);
        boolean chinese = i % 2 == 0;
        String name = n.company(chinese, i);
        return new Account(null, name, party, tier, stage, level, n.pick(RelationshipType.values()),
                n.industry(chinese), n.address(chinese), n.phone(chinese), n.website(name, i),
                revenue, BigDecimal.valueOf(5 + r.nextInt(40)), BigDecimal.valueOf(5 + r.nextInt(80)),
                1 + r.nextInt(5), n.owner(chinese), n.tags(chinese), n.accountNote(chinese), null, null, 0L);
    }

    private static Contact contact(SampleNames n, long accountId, int i, LocalDate today) {
        Random r = n.random();
        boolean chinese = i % 2 == 0;
        String name = n.person(chinese);
        Birthday birthday = null;
        if (i == 3) {
            birthday = Birthday.of(1984, 2, 29);
        } else if (i % 5 != 4) {
            LocalDate d = today.plusDays(r.nextInt(365));
            Integer year = i % 4 == 0 ? null : today.getYear() - 25 - r.nextInt(35);
            birthday = Birthday.of(d.getMonthValue(), Math.min(d.getDayOfMonth(), 28));
            if (year != null) {
                birthday = Birthday.of(year, d.getMonthValue(), Math.min(d.getDayOfMonth(), 28));
            }
        }
        List<ContactPoint> phones = List.of(new ContactPoint(ContactPoint.Kind.MOBILE, n.mobile(chinese)));
        List<ContactPoint> emails = List.of(new ContactPoint(ContactPoint.Kind.WORK, n.email(name, i)));
        boolean left = i % 23 == 22;
        return new Contact(null, accountId, name, n.title(chinese), n.department(chinese),
                n.pick(BuyingRole.values()), phones, emails, "", n.pick(PreferredChannel.values()), birthday,
                n.interests(chinese), "", left, left ? today.minusDays(30 + r.nextInt(300)) : null, null, null, 0L);
    }
}
