package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.exchange.AtomicFile;
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
    private dev.rapport.store.PlanRepository plans;

    public AccountSummaryService(AccountRepository accounts, ContactRepository contacts, Messages messages, Clock clock,
            SummaryDocument.PaperSize paper) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.messages = messages;
        this.clock = clock;
        this.paper = paper;
    }

    /** Also prints the account's plan for this year (issue 4). */
    public AccountSummaryService withPlans(dev.rapport.store.PlanRepository planRepository) {
        this.plans = planRepository;
        return this;
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
        AtomicFile.write(file, out -> SummaryPdf.write(doc, messages.locale(), out));
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
                AtomicFile.write(file, out -> SummaryPdf.write(doc, messages.locale(), out));
                written.add(file);
            }
            progress.update(++done, accountIds.size());
        }
        return written;
    }

    /** A file name from the account name, safe on Windows, macOS and Linux, unique in the batch. */
    public static String fileName(String accountName, Set<String> used) {
        String base = accountName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
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
        if (plans != null) {
            blocks.addAll(PlanSummaryBlocks.of(plans.findFor(a.id(), today.getYear()), today.getYear(), messages));
        }
        if (!a.notes().isBlank()) {
            blocks.add(new SummaryDocument.Heading(messages.get("exchange.field.ACCOUNT_NOTES")));
            blocks.add(new SummaryDocument.Paragraph(a.notes()));
        }
        return new SummaryDocument(a.name(), subtitle, blocks, messages.get("exchange.pdf.page"), paper);
    }

    private List<SummaryDocument.Fact> facts(Account a) {
        NumberFormat money = NumberFormat.getNumberInstance(messages.locale());
        money.setMinimumFractionDigits(0);
        money.setMaximumFractionDigits(2);
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
