package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import dev.rapport.domain.plan.Objectives;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.pdf.SummaryDocument;
import dev.rapport.exchange.pdf.SummaryPdf;
import dev.rapport.i18n.Messages;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.NotFoundException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * The field brief: one account's summary as a PDF to print or send before a visit, in the
 * user's language, on the paper size of the user's country.
 */
public final class AccountSummaryService {
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final Messages messages;
    private final Clock clock;
    private final SummaryDocument.PaperSize paper;
    private final PlanService plans;
    private final MemoryService memory;
    private final ContactLogService contactLog;

    public AccountSummaryService(AccountRepository accounts, ContactRepository contacts, PlanService plans,
            MemoryService memory, ContactLogService contactLog, Messages messages, Clock clock,
            SummaryDocument.PaperSize paper) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.plans = plans;
        this.memory = memory;
        this.contactLog = contactLog;
        this.messages = messages;
        this.clock = clock;
        this.paper = paper;
    }

    /** The paper of the machine's country: Letter in North America, A4 elsewhere. */
    public static SummaryDocument.PaperSize paperOfThisMachine() {
        return SummaryDocument.PaperSize.forCountry(Locale.getDefault(Locale.Category.FORMAT).getCountry());
    }

    /**
     * Writes one account's summary.
     *
     * @throws NotFoundException when the account does not exist (or was deleted)
     */
    public void writePdf(long accountId, Path file) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        SummaryDocument doc = document(account);
        ExportFile.write(file, out -> SummaryPdf.write(doc, messages.locale(), out));
    }

    /**
     * Writes one summary per account into the folder, named after the account. Cancelling stops
     * between two files; a file is either complete or not written.
     *
     * @return the files written
     */
    public List<Path> writePdfs(Collection<Long> accountIds, Path folder, Progress progress) {
        List<Path> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int done = 0;
        for (long id : accountIds) {
            if (progress.isCancelled()) {
                break;
            }
            Account account = accounts.find(id).orElse(null);
            if (account != null) {
                Path file = folder.resolve(fileName(account.name(), used));
                SummaryDocument doc = document(account);
                ExportFile.write(file, out -> SummaryPdf.write(doc, messages.locale(), out));
                written.add(file);
            }
            progress.update(++done, accountIds.size());
        }
        return written;
    }

    /**
     * A file name from the account name, safe on Windows, macOS and Linux, unique in the batch.
     * Characters beyond the Basic Multilingual Plane (emoji) and invisible format marks are left
     * out: the Linux save dialog refused a suggested name with an emoji as "Invalid file name".
     */
    public static String fileName(String accountName, Set<String> used) {
        String base = accountName.codePoints()
                .filter(c -> Character.isBmpCodePoint(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        base = base.replaceAll("\\s+", " ");
        base = base.replaceAll("^\\.+", "");
        if (base.isEmpty()) {
            base = "account";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100).strip();
        }
        String name = base + ".pdf";
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ").pdf";
        }
        return name;
    }

    /** What the summary says, in order; public for tests and for previews. */
    public SummaryDocument document(Account a) {
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        List<String> subtitle = new ArrayList<>();
        List<String> kinds = new ArrayList<>(List.of(messages.of(a.partyType()), messages.of(a.tier()),
                messages.of(a.stage()), messages.of(a.level())));
        if (a.relationshipType() != null) {
            kinds.add(messages.of(a.relationshipType()));
        }
        subtitle.add(String.join(" · ", kinds));
        String owner = a.owner().isEmpty() ? "" : messages.get("exchange.pdf.owner", a.owner()) + " · ";
        subtitle.add(owner + messages.get("exchange.pdf.generated", dates.format(today)));

        List<SummaryDocument.Block> blocks = new ArrayList<>();
        blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.keyFacts")));
        blocks.add(new SummaryDocument.Facts(facts(a)));

        List<Contact> people = contacts.findByAccount(a.id()).stream().filter(c -> !c.leftAccount()).toList();
        blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.people")));
        blocks.add(peopleTable(people, today, dates));
        familyBlocks(people, today, blocks);
        interactionBlocks(a, blocks);
        openBlocks(a, today, dates, blocks);
        planBlocks(a, today.getYear(), blocks);
        chartBlocks(a, today, blocks);
        if (!a.notes().isBlank()) {
            blocks.add(new SummaryDocument.Heading(messages.get("exchange.field.ACCOUNT_NOTES")));
            blocks.add(new SummaryDocument.Paragraph(a.notes()));
        }
        return new SummaryDocument(a.name(), subtitle, blocks, messages.get("exchange.pdf.page"), paper);
    }

    private DateTimeFormatter monthDay() {
        return DateTimeFormatter.ofPattern(messages.locale().getLanguage().equals("zh") ? "M月d日" : "d MMM",
                messages.locale());
    }

    /** Birthdays of the people's spouses and children in the next 60 days, the soonest first. */
    private void familyBlocks(List<Contact> people, LocalDate today, List<SummaryDocument.Block> blocks) {
        record Due(long days, List<String> row) {
        }
        List<Due> due = new ArrayList<>();
        for (Contact c : people) {
            for (FamilyMember f : memory.family(c.id())) {
                if (f.birthday() != null && f.birthday().daysUntil(today) <= 60) {
                    due.add(new Due(f.birthday().daysUntil(today), List.of(c.name(), messages.of(f.relation()), f.name(),
                            nextBirthday(f.birthday(), today, monthDay()))));
                }
            }
        }
        due.sort(Comparator.comparingLong(Due::days));
        blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.familyBirthdays")));
        blocks.add(new SummaryDocument.Table(List.of(messages.get("exchange.pdf.familyOf"),
                messages.get("exchange.pdf.relation"), messages.get("exchange.field.NAME"),
                messages.get("exchange.field.BIRTHDAY")), List.of(1.4f, 1f, 1.4f, 1.6f),
                due.stream().map(Due::row).toList(), messages.get("exchange.pdf.noFamilyBirthdays")));
    }

    /** The last 10 contacts with the account, newest first. */
    private void interactionBlocks(Account a, List<SummaryDocument.Block> blocks) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale());
        List<List<String>> rows = new ArrayList<>();
        for (TimelineEntry e : contactLog.accountTimeline(a.id(), TimelineFilter.ALL, null, 10).entries()) {
            Interaction i = e.interaction();
            rows.add(List.of(when.format(i.at()), messages.of(i.channel()), String.join(", ", e.contactNames()),
                    i.subject(), i.outcome()));
        }
        blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.interactions")));
        blocks.add(new SummaryDocument.Table(List.of(messages.get("exchange.pdf.date"),
                messages.get("exchange.pdf.channel"), messages.get("exchange.pdf.with"),
                messages.get("exchange.pdf.subject"), messages.get("exchange.pdf.outcome")),
                List.of(0.9f, 0.9f, 1.3f, 2f, 1.8f), rows, messages.get("exchange.pdf.noInteractions")));
    }

    /** Complaints still open and follow-ups not done, the oldest first. */
    private void openBlocks(Account a, LocalDate today, DateTimeFormatter dates, List<SummaryDocument.Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        for (OpenComplaint c : contactLog.openComplaints()) {
            if (c.accountId() == a.id()) {
                rows.add(List.of(messages.of(InteractionChannel.COMPLAINT), dates.format(c.raisedOn()), c.subject(),
                        messages.of(c.status()) + " · " + messages.get("exchange.pdf.daysOpen", c.daysOpen(today))));
            }
        }
        for (FollowUpDue f : contactLog.followUpsDue(today.plusYears(100))) {
            if (f.accountId() == a.id()) {
                rows.add(List.of(messages.get("exchange.pdf.followUp"), dates.format(f.due()),
                        f.what().isEmpty() ? f.subject() : f.what(), f.isOverdue(today)
                                ? messages.get("exchange.pdf.overdue", f.daysOverdue(today))
                                : messages.get("exchange.pdf.due")));
            }
        }
        blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.open")));
        blocks.add(new SummaryDocument.Table(List.of(messages.get("exchange.pdf.kind"), messages.get("exchange.pdf.date"),
                messages.get("exchange.pdf.subject"), messages.get("exchange.pdf.status")), List.of(1f, 1f, 3f, 1.5f),
                rows, messages.get("exchange.pdf.nothingOpen")));
    }

    /** Contacts per month over the last 12 months, this month last. */
    private void chartBlocks(Account a, LocalDate today, List<SummaryDocument.Block> blocks) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(11);
        Map<YearMonth, Integer> counts = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, 0);
        }
        TimelinePage.Cursor cursor = null;
        boolean more = true;
        while (more) {
            TimelinePage page = contactLog.accountTimeline(a.id(), TimelineFilter.ALL, cursor, 500);
            for (TimelineEntry e : page.entries()) {
                YearMonth m = YearMonth.from(e.interaction().at());
                if (m.isBefore(first)) {
                    more = false;
                    break;
                }
                counts.computeIfPresent(m, (k, v) -> v + 1);
            }
            cursor = page.next();
            more = more && page.hasMore();
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern(messages.locale().getLanguage().equals("zh") ? "M月" : "MMM",
                messages.locale());
        blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.chart")));
        blocks.add(new SummaryDocument.BarChart(counts.keySet().stream().map(label::format).toList(),
                List.copyOf(counts.values())));
    }

    /** This year's plan: objectives, budget, and the actions by level with status and budget. */
    private void planBlocks(Account a, int year, List<SummaryDocument.Block> blocks) {
        Optional<Plan> found = plans.planFor(a.id(), year);
        if (found.isEmpty()) {
            blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.plan", year)));
            blocks.add(new SummaryDocument.Paragraph(messages.get("exchange.pdf.noPlan", year)));
            return;
        }
        Plan plan = found.get();
        blocks.add(new SummaryDocument.Heading(messages.get("exchange.pdf.plan", year)));
        NumberFormat money = money();
        Objectives o = plan.objectives();
        List<SummaryDocument.Fact> facts = new ArrayList<>();
        facts.add(fact("plans.csv.planStatus", messages.of(plan.status())));
        facts.add(fact("plans.revenueTarget", o.revenueTarget() == null ? "" : money.format(o.revenueTarget())));
        facts.add(fact("plans.shareTarget", percent(o.shareOfWalletTarget(), money)));
        facts.add(fact("plans.targetLevel", o.targetLevel() == null ? "" : messages.of(o.targetLevel())));
        facts.add(fact("plans.targetSatisfaction", o.targetSatisfaction() == null ? "" : o.targetSatisfaction() + " / 5"));
        facts.add(fact("plans.budget", plan.budget() == null ? "" : money.format(plan.budget())));
        blocks.add(new SummaryDocument.Facts(facts));
        if (!o.goals().isBlank()) {
            blocks.add(new SummaryDocument.Paragraph(messages.get("plans.goals") + ": " + o.goals()));
        }
        if (!plan.strategy().isBlank()) {
            blocks.add(new SummaryDocument.Paragraph(messages.get("plans.strategy") + ": " + plan.strategy()));
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        DateTimeFormatter month = DateTimeFormatter.ofPattern(
                messages.locale().getLanguage().equals("zh") ? "yyyy年M月" : "MMM yyyy", messages.locale());
        List<List<String>> rows = new ArrayList<>();
        plan.actions().stream()
                .sorted(Comparator.comparing(PlanAction::level).thenComparing(PlanAction::month)
                        .thenComparing(PlanAction::title))
                .forEach(x -> rows.add(List.of(messages.of(x.level()), x.title(),
                        x.date() != null ? day.format(x.date()) : month.format(x.month()), x.owner(),
                        messages.of(x.status()), x.budget() == null ? "" : money.format(x.budget()))));
        blocks.add(new SummaryDocument.Table(List.of(messages.get("plans.csv.level"), messages.get("plans.csv.title"),
                messages.get("plans.csv.month"), messages.get("plans.csv.owner"), messages.get("plans.csv.status"),
                messages.get("plans.csv.budget")), List.of(1.1f, 2.6f, 1.2f, 1.1f, 1f, 1f), rows,
                messages.get("exchange.pdf.noActions")));
    }

    private SummaryDocument.Fact fact(String labelKey, String value) {
        return new SummaryDocument.Fact(messages.get(labelKey), value.isEmpty() ? "–" : value);
    }

    private NumberFormat money() {
        NumberFormat money = NumberFormat.getNumberInstance(messages.locale());
        money.setMinimumFractionDigits(0);
        money.setMaximumFractionDigits(2);
        return money;
    }

    private List<SummaryDocument.Fact> facts(Account a) {
        NumberFormat money = money();
        List<SummaryDocument.Fact> facts = new ArrayList<>();
        fact(facts, ImportField.ANNUAL_REVENUE, a.annualRevenue() == null ? "" : money.format(a.annualRevenue()));
        fact(facts, ImportField.GROSS_MARGIN, percent(a.grossMarginPct(), money));
        fact(facts, ImportField.SHARE_OF_WALLET, percent(a.shareOfWalletPct(), money));
        fact(facts, ImportField.SATISFACTION, a.satisfaction() == null ? "" : a.satisfaction() + " / 5");
        fact(facts, ImportField.INDUSTRY, a.industry());
        fact(facts, ImportField.ACCOUNT_PHONE, a.phone());
        fact(facts, ImportField.WEBSITE, a.website());
        fact(facts, ImportField.ACCOUNT_ADDRESS, a.address());
        fact(facts, ImportField.TAGS, String.join(", ", a.tags()));
        facts.add(new SummaryDocument.Fact(messages.get("exchange.pdf.cadence"),
                messages.get("exchange.pdf.cadenceDays", a.tier().defaultCadenceDays())));
        return facts;
    }

    private void fact(List<SummaryDocument.Fact> facts, ImportField field, String value) {
        facts.add(new SummaryDocument.Fact(ImportReport.fieldLabel(messages, field), value.isEmpty() ? "–" : value));
    }

    private static String percent(BigDecimal value, NumberFormat format) {
        return value == null ? "" : format.format(value) + " %";
    }

    private SummaryDocument.Table peopleTable(List<Contact> people, LocalDate today, DateTimeFormatter dates) {
        List<List<String>> rows = new ArrayList<>();
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern(
                messages.locale().getLanguage().equals("zh") ? "M月d日" : "d MMM", messages.locale());
        List<Contact> ordered = people.stream()
                .sorted(Comparator.comparing((Contact c) -> c.buyingRole() == null ? 99 : c.buyingRole().ordinal())
                        .thenComparing(Contact::name))
                .toList();
        for (Contact c : ordered) {
            List<String> role = new ArrayList<>();
            if (!c.title().isEmpty()) {
                role.add(c.title());
            }
            if (c.buyingRole() != null) {
                role.add(messages.of(c.buyingRole()));
            }
            rows.add(List.of(c.name(), String.join(" · ", role),
                    String.join("\n", c.phones().stream().map(ContactPoint::value).toList()),
                    String.join("\n", c.emails().stream().map(ContactPoint::value).toList()),
                    nextBirthday(c.birthday(), today, monthDay)));
        }
        return new SummaryDocument.Table(List.of(messages.get("exchange.field.NAME"), messages.get("exchange.pdf.role"),
                messages.get("exchange.pdf.phone"), messages.get("exchange.field.EMAIL_WORK"),
                messages.get("exchange.pdf.nextBirthday")), List.of(1.1f, 1.4f, 1.5f, 2.2f, 1.4f), rows,
                messages.get("exchange.pdf.noPeople"));
    }

    private String nextBirthday(Birthday b, LocalDate today, DateTimeFormatter monthDay) {
        if (b == null) {
            return "";
        }
        LocalDate next = b.nextOccurrence(today);
        long days = b.daysUntil(today);
        String date = monthDay.format(next);
        return days == 0 ? messages.get("exchange.pdf.birthdayToday", date)
                : messages.get("exchange.pdf.birthdayIn", date, days);
    }
}
