package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import dev.rapport.domain.Contact;
import dev.rapport.exchange.csv.CsvExport;
import dev.rapport.exchange.csv.PlanCsv;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.exchange.ical.CalendarEntry;
import dev.rapport.exchange.ical.CalendarExport;
import dev.rapport.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.rapport.exchange.vcard.VcardExport;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import ezvcard.VCardVersion;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives Rapport's data back in the formats other tools read: CSV for spreadsheets, vCard for
 * phones and mail programs, iCalendar for calendars. Every file is written whole or not at all.
 */
public final class ExportService {
    /** The vCard versions phones import. */
    public enum VcardVersion {
        V3_0(VCardVersion.V3_0), V4_0(VCardVersion.V4_0);

        private final VCardVersion version;

        VcardVersion(VCardVersion version) {
            this.version = version;
        }
    }

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final Messages messages;
    private final PlanService plans;
    private final MemoryService memory;
    private final ContactLogService contactLog;

    public ExportService(AccountRepository accounts, ContactRepository contacts, PlanService plans, MemoryService memory,
            ContactLogService contactLog, Messages messages) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.plans = plans;
        this.memory = memory;
        this.contactLog = contactLog;
        this.messages = messages;
    }

    /** The columns of the contact log export. */
    public static final List<String> INTERACTION_HEADER = List.of("Date", "Time", "Account", "People", "Channel",
            "Subject", "Notes", "Outcome", "Sentiment", "Cost", "Follow-up on", "Follow-up", "Follow-up done",
            "Complaint status", "Resolution", "Resolved on");

    /**
     * Writes the whole contact log as CSV, account by account, newest first within each.
     *
     * @return how many contacts were written
     */
    public int interactionsCsv(Path file, char separator) {
        List<TimelineEntry> all = new ArrayList<>();
        for (Account a : accounts.findAll()) {
            TimelinePage.Cursor cursor = null;
            do {
                TimelinePage page = contactLog.accountTimeline(a.id(), TimelineFilter.ALL, cursor, 1000);
                all.addAll(page.entries());
                cursor = page.next();
            } while (cursor != null);
        }
        ExportFile.write(file, out -> CsvExport.table(out, separator, INTERACTION_HEADER, all, e -> {
            Interaction i = e.interaction();
            return List.of(i.at().toLocalDate().toString(), i.at().toLocalTime().withNano(0).toString(), e.accountName(),
                    String.join("; ", e.contactNames()), i.channel().name(), i.subject(), i.notes(), i.outcome(),
                    i.sentiment().name(), i.cost() == null ? "" : i.cost().toPlainString(),
                    i.followUpOn() == null ? "" : i.followUpOn().toString(), i.followUpWhat(),
                    i.followUpOn() == null ? "" : i.followUpDone() ? "yes" : "no",
                    i.complaintStatus() == null ? "" : i.complaintStatus().name(), i.resolution(),
                    i.resolvedOn() == null ? "" : i.resolvedOn().toString());
        }));
        return all.size();
    }

    /**
     * Writes the actions of a year's plans as CSV (the columns of {@link PlanCsv}, in the user's
     * language), UTF-8 with BOM, with the separator the user chose as for the other CSV exports.
     *
     * @return how many actions were written
     */
    public int planActionsCsv(Path file, int year, char separator) {
        return planActionsCsv(file, plans.forExport(year, null), separator);
    }

    /**
     * Writes the actions of the given plans as CSV (UTF-8 with a BOM for spreadsheets), all or
     * nothing: a failure midway leaves the file as it was. Returns the number of rows.
     */
    public int planActionsCsv(Path file, List<PlannedAccount> planned, char separator) {
        int[] rows = new int[1];
        ExportFile.write(file, out -> {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            rows[0] = PlanCsv.write(planned, messages, separator, w);
            w.flush();
        });
        return rows[0];
    }

    /**
     * Writes the people's birthdays as yearly all-day events in an .ics file. Each event's UID
     * is derived from the person, so importing a newer export updates the calendar.
     *
     * @return how many events were written
     */
    public int calendar(Path file) {
        List<CalendarEntry> entries = calendarEntries();
        ExportFile.write(file, out -> CalendarExport.write(out, messages.get("exchange.ics.name"), entries));
        return entries.size();
    }

    /**
     * The calendar's entries: every active person's birthday and their family's, yearly;
     * important dates of people and accounts; open follow-ups on their day; and the open
     * actions of this year's and next year's plans, on their day (or the first of their month).
     */
    public List<CalendarEntry> calendarEntries() {
        Map<Long, String> names = accountNames();
        List<CalendarEntry> entries = new ArrayList<>();
        Map<Long, Contact> people = new HashMap<>();
        for (Contact c : contacts.findAll()) {
            people.put(c.id(), c);
        }
        for (Contact c : people.values()) {
            if (c.leftAccount()) {
                continue;
            }
            String account = names.getOrDefault(c.accountId(), "");
            for (FamilyMember f : memory.family(c.id())) {
                if (f.birthday() != null && f.id() != null) {
                    entries.add(birthday("family-" + f.id(), f.birthday(), messages.get("exchange.ics.familyBirthday",
                            f.name(), messages.of(f.relation()), c.name(), account)));
                }
            }
            for (ImportantDate d : memory.datesOfContact(c.id())) {
                entries.add(importantDate(d, c.name()));
            }
        }
        for (Map.Entry<Long, String> a : names.entrySet()) {
            for (ImportantDate d : memory.datesOfAccount(a.getKey())) {
                if (d.contactId() == null) {
                    entries.add(importantDate(d, a.getValue()));
                }
            }
        }
        for (FollowUpDue f : contactLog.followUpsDue(plans.today().plusYears(100))) {
            entries.add(CalendarEntry.once("follow-up-" + f.interactionId() + "@rapport.dev", f.due(),
                    messages.get("exchange.ics.followUp", f.what().isEmpty() ? f.subject() : f.what(), f.accountName()),
                    f.subject()));
        }
        int year = plans.today().getYear();
        for (int y = year; y <= year + 1; y++) {
            for (PlannedAccount p : plans.planner(y)) {
                for (PlanAction a : p.plan().actions()) {
                    if (!a.isOpen() || a.id() == null) {
                        continue;
                    }
                    String summary = messages.get("exchange.ics.action", a.title(), p.account().name());
                    String description = a.date() != null ? a.notes()
                            : messages.get("exchange.ics.actionMonth", a.month().toString()) + (a.notes().isEmpty() ? ""
                                    : "\n" + a.notes());
                    entries.add(CalendarEntry.once("plan-action-" + a.id() + "@rapport.dev",
                            a.date() != null ? a.date() : a.month().atDay(1), summary, description));
                }
            }
        }
        for (Contact c : contacts.findAll()) {
            Birthday b = c.birthday();
            if (b == null || c.leftAccount()) {
                continue;
            }
            entries.add(birthday("contact-" + c.id(), b,
                    messages.get("exchange.ics.birthday", c.name(), names.getOrDefault(c.accountId(), ""))));
        }
        return entries;
    }

    private CalendarEntry importantDate(ImportantDate d, String whose) {
        String title = d.title().isEmpty() ? messages.of(d.kind()) : d.title();
        String summary = messages.get("exchange.ics.date", title, whose);
        String uid = "date-" + d.id() + "@rapport.dev";
        if (!d.yearly()) {
            return CalendarEntry.once(uid, d.date(), summary, "");
        }
        boolean leapDay = d.date().getMonthValue() == 2 && d.date().getDayOfMonth() == 29;
        return new CalendarEntry(uid, d.date(), true, leapDay, summary, "");
    }

    /**
     * A yearly birthday entry. It starts on the birth date when the year is known, else in 2000
     * (a leap year, so 29 February exists); a 29 February birthday recurs on the last day of
     * February, as Rapport celebrates it on 28 February in common years.
     */
    public static CalendarEntry birthday(String key, Birthday b, String summary) {
        int year = b.year() != null ? b.year() : 2000;
        LocalDate start = b.monthDay().atYear(year);
        boolean leapDay = b.monthDay().getMonthValue() == 2 && b.monthDay().getDayOfMonth() == 29;
        return new CalendarEntry(key + "-birthday@rapport.dev", start, true, leapDay, summary, "");
    }

    /**
     * Writes accounts as CSV.
     *
     * @param ids the accounts to write; null for all
     * @return how many were written
     */
    public int accountsCsv(Path file, char separator, Collection<Long> ids) {
        List<Account> chosen = chosenAccounts(ids);
        ExportFile.write(file, out -> CsvExport.accounts(out, separator, chosen));
        return chosen.size();
    }

    /**
     * Writes people as CSV, each with their account's name.
     *
     * @param ids the people to write; null for all
     */
    public int contactsCsv(Path file, char separator, Collection<Long> ids) {
        List<Contact> chosen = chosenPeople(ids);
        Map<Long, String> names = accountNames();
        ExportFile.write(file, out -> CsvExport.contacts(out, separator, chosen, names));
        return chosen.size();
    }

    /**
     * Writes people as one .vcf file.
     *
     * @param ids the people to write; null for all
     */
    public int vcards(Path file, VcardVersion version, Collection<Long> ids) {
        List<Contact> chosen = chosenPeople(ids);
        Map<Long, String> names = accountNames();
        ExportFile.write(file, out -> VcardExport.write(out, version.version, chosen, names));
        return chosen.size();
    }

    private List<Account> chosenAccounts(Collection<Long> ids) {
        List<Account> all = accounts.findAll();
        if (ids == null) {
            return all;
        }
        Set<Long> wanted = new HashSet<>(ids);
        return all.stream().filter(a -> wanted.contains(a.id())).toList();
    }

    private List<Contact> chosenPeople(Collection<Long> ids) {
        List<Contact> all = contacts.findAll();
        if (ids == null) {
            return all;
        }
        Set<Long> wanted = new HashSet<>(ids);
        return all.stream().filter(c -> wanted.contains(c.id())).toList();
    }

    private Map<Long, String> accountNames() {
        Map<Long, String> names = new HashMap<>();
        for (Account a : accounts.findAll()) {
            names.put(a.id(), a.name());
        }
        return names;
    }
}
