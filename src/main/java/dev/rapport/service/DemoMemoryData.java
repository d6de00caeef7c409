package dev.rapport.service;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Preferences;
import dev.rapport.domain.Relation;
import dev.rapport.store.Database;
import dev.rapport.store.FamilyRepository;
import dev.rapport.store.GiftRepository;
import dev.rapport.store.ImportantDateRepository;
import dev.rapport.store.ContactInterestsRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sample families (about two people per contact, some birthdays in the coming days, a child born
 * on 29 February), work and partnership anniversaries, preference tags, past gifts and gift ideas,
 * so that the contact detail and the Today view show something from the first start.
 */
public final class DemoMemoryData {
    private static final int BATCH = 250;
    private static final String[] CN_GIVEN = {"梅", "丽", "静", "婷", "磊", "军", "华", "芳", "玲", "洋"};
    private static final String[] CN_CHILD = {"小明", "小红", "子涵", "浩然", "欣怡", "梓轩", "一诺", "思远"};
    private static final String[] EN_SPOUSE = {"Maria", "Thomas", "Julia", "Peter", "Helen", "Mark", "Claire", "Jonas"};
    private static final String[] EN_CHILD = {"Lena", "Max", "Emily", "Noah", "Mia", "Leo", "Zoé", "Finn"};
    private static final String[] CN_TAGS = {"爱花", "不喝酒", "爱喝普洱茶", "喜欢钓鱼", "素食", "喜欢书法"};
    private static final String[] EN_TAGS = {"loves flowers", "no alcohol", "green tea", "golf", "vegetarian",
        "football"};
    private static final String[] CN_GIFTS = {"花种子和肥料", "普洱茶饼", "鲜花", "钢笔", "月饼礼盒", "丝巾"};
    private static final String[] EN_GIFTS = {"Flower seeds and fertiliser", "Orchid", "Fountain pen", "Golf balls",
        "Tea sampler", "Cookbook"};
    private static final String[] CN_OCCASIONS = {"生日", "春节", "中秋节", "合作周年"};
    private static final String[] EN_OCCASIONS = {"Birthday", "New Year", "Thank you", "Partnership anniversary"};
    private static final String[] CN_IDEAS = {"兰花盆栽", "紫砂茶具", "书法字帖"};
    private static final String[] EN_IDEAS = {"Rose bush for the garden", "Marathon entry", "Pen ink set"};

    private final Database db;
    private final FamilyRepository family;
    private final ImportantDateRepository dates;
    private final GiftRepository gifts;
    private final ContactInterestsRepository preferences;

    public DemoMemoryData(Database db, FamilyRepository family, ImportantDateRepository dates, GiftRepository gifts,
            ContactInterestsRepository preferences) {
        this.db = db;
        this.family = family;
        this.dates = dates;
        this.gifts = gifts;
        this.preferences = preferences;
    }

    /** Adds the memory sample data for the given contacts (the i-th is Chinese when i is even) and accounts. */
    public void generate(List<Contact> contacts, List<Long> accountIds, LocalDate today, Progress progress) {
        Random r = new Random(20261129L + contacts.size());
        for (int from = 0; from < contacts.size() && !progress.isCancelled(); from += BATCH) {
            int start = from;
            int end = Math.min(contacts.size(), from + BATCH);
            db.inTransaction(() -> {
                for (int i = start; i < end; i++) {
                    person(contacts.get(i), i, today, r);
                }
            });
        }
        db.inTransaction(() -> {
            for (int i = 0; i < accountIds.size(); i += 5) {
                // a few partnership anniversaries this fortnight, the rest through the year
                int offset = i % 50 == 0 ? 2 + i % 12 : (i * 13) % 365;
                dates.insert(ImportantDate.ofAccount(accountIds.get(i), DateKind.PARTNERSHIP_ANNIVERSARY, "",
                        today.plusDays(offset).minusYears(2 + i % 8L), true));
            }
            if (!accountIds.isEmpty()) {
                dates.insert(ImportantDate.ofAccount(accountIds.get(0), DateKind.CUSTOM, "年度供应商大会",
                        today.plusDays(10), false));
            }
        });
    }

    private void person(Contact c, int i, LocalDate today, Random r) {
        boolean chinese = i % 2 == 0;
        String surname = chinese && !c.name().isEmpty() ? c.name().substring(0, 1) : "";
        String lastName = !chinese && c.name().contains(" ") ? c.name().substring(c.name().lastIndexOf(' ') + 1) : "";
        List<FamilyMember> members = new ArrayList<>();
        if (i % 4 != 3) {
            // every ninth of the first few hundred spouses has a birthday within the next two weeks
            int offset = i % 9 == 1 && i < 500 ? i % 13 : (i * 37) % 365;
            Integer year = i % 3 == 0 ? null : today.getYear() - 28 - r.nextInt(30);
            String name = chinese ? pick(r, new String[] {"李", "陈", "刘", "周", "吴"}) + pick(r, CN_GIVEN)
                    : pick(r, EN_SPOUSE) + " " + lastName;
            members.add(FamilyMember.of(c.id(), Relation.SPOUSE, name, birthday(today.plusDays(offset), year)));
        }
        for (int k = 0; k < i % 3; k++) {
            LocalDate day = today.plusDays((i * 53L + k * 101L) % 365);
            Birthday b = birthday(day, today.getYear() - 3 - r.nextInt(22));
            if (i == 5 && k == 1) {
                b = Birthday.of(2016, 2, 29);
            }
            String name = chinese ? surname + pick(r, CN_CHILD) : pick(r, EN_CHILD) + " " + lastName;
            members.add(FamilyMember.of(c.id(), Relation.CHILD, name.strip(), b));
        }
        if (i % 4 == 0) {
            String name = chinese ? surname + "老先生" : "Mr " + lastName;
            members.add(FamilyMember.of(c.id(), Relation.PARENT, name.strip(),
                    birthday(today.plusDays((i * 11L) % 365), null)));
        }
        List<FamilyMember> saved = new ArrayList<>();
        for (FamilyMember m : members) {
            saved.add(family.insert(m));
        }
        if (i % 6 == 0) {
            int offset = i % 60 == 0 ? i % 14 : (i * 29) % 365;
            dates.insert(ImportantDate.ofContact(c.id(), DateKind.WORK_ANNIVERSARY, "",
                    today.plusDays(offset).minusYears(3 + i % 10L), true));
        }
        if (i % 2 == 1 || i % 4 == 0) {
            String[] tags = chinese ? CN_TAGS : EN_TAGS;
            // the tags are version-checked: name the version the person's tags have now
            long tagsVersion = preferences.find(c.id()).orElseThrow().version();
            preferences.save(new Preferences(c.id(), c.interests(), List.of(tags[i % tags.length],
                    tags[(i / 2 + 1) % tags.length]), tagsVersion));
        }
        if (i % 3 == 0) {
            int count = 1 + i % 2;
            for (int k = 0; k < count; k++) {
                Long to = k == 1 && !saved.isEmpty() ? saved.get(0).id() : null;
                String[] what = chinese ? CN_GIFTS : EN_GIFTS;
                String[] occasions = chinese ? CN_OCCASIONS : EN_OCCASIONS;
                gifts.insert(Gift.of(c.id(), to, today.minusDays(20 + r.nextInt(700)), occasions[(i + k) % occasions.length],
                        what[(i + k) % what.length], BigDecimal.valueOf(80 + r.nextInt(900)).setScale(2),
                        chinese ? "销售部" : "Sales team"));
            }
        }
        if (i % 4 == 1) {
            String[] ideas = chinese ? CN_IDEAS : EN_IDEAS;
            gifts.insertIdea(GiftIdea.of(c.id(), ideas[i % ideas.length]));
        }
    }

    /** A birthday on the day's month and day (never 29 February, which has its own sample). */
    private static Birthday birthday(LocalDate day, Integer year) {
        int d = day.getMonthValue() == 2 ? Math.min(day.getDayOfMonth(), 28) : day.getDayOfMonth();
        return year == null ? Birthday.of(day.getMonthValue(), d) : Birthday.of(year, day.getMonthValue(), d);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
