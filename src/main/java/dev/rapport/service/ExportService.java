package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.exchange.AtomicFile;
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

    public ExportService(AccountRepository accounts, ContactRepository contacts, PlanService plans, Messages messages) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.plans = plans;
        this.messages = messages;
    }

    /**
     * Writes the actions of a year's plans as CSV (the columns of {@link PlanCsv}, in the user's
     * language), UTF-8 with BOM.
     *
     * @return how many actions were written
     */
    public int planActionsCsv(Path file, int year) {
        List<PlannedAccount> planned = plans.forExport(year, null);
        int[] rows = new int[1];
        AtomicFile.write(file, out -> {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            rows[0] = PlanCsv.write(planned, messages, w);
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
        AtomicFile.write(file, out -> CalendarExport.write(out, messages.get("exchange.ics.name"), entries));
        return entries.size();
    }

    /**
     * The calendar's entries: every active person's birthday, yearly; and the open actions of
     * this year's and next year's plans, on their day (or the first of their month).
     */
    public List<CalendarEntry> calendarEntries() {
        Map<Long, String> names = accountNames();
        List<CalendarEntry> entries = new ArrayList<>();
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
        AtomicFile.write(file, out -> CsvExport.accounts(out, separator, chosen));
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
        AtomicFile.write(file, out -> CsvExport.contacts(out, separator, chosen, names));
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
        AtomicFile.write(file, out -> VcardExport.write(out, version.version, chosen, names));
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
