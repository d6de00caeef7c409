package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountRules;
import dev.rapport.domain.Contact;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.ContactRules;
import dev.rapport.domain.DateOrder;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.Text;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.ImportRow;
import dev.rapport.exchange.RowProblem;
import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.exchange.vcard.VcardImport;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Takes accounts and people in from CSV and vCard files. Rows that cannot be read or break a
 * rule are reported with their line and never stop the others; the good rows are written in one
 * transaction, so an import is either wholly saved or (on failure or cancel) not at all.
 */
public final class ImportService {
    /** What to do with a person or account that is already there. */
    public enum DuplicatePolicy { SKIP, MERGE }

    /**
     * @param defaultAccount the account for people whose row names none (blank: such rows are refused)
     * @param dryRun check and count everything, write nothing
     */
    public record Options(DuplicatePolicy duplicates, String defaultAccount, boolean dryRun) {
        public Options {
            Objects.requireNonNull(duplicates, "duplicates");
            defaultAccount = Text.trimToEmpty(defaultAccount);
        }

        public static Options defaults() {
            return new Options(DuplicatePolicy.SKIP, "", false);
        }
    }

    /** Thrown to roll back a dry run or a cancelled import. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        RollBack(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** The user cancelled; nothing was saved. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("import cancelled, nothing saved");
        }
    }

    private final Database db;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final Locale locale;
    private final Clock clock;
    private final ChangeHistory history;

    public ImportService(Database db, AccountRepository accounts, ContactRepository contacts, Locale locale, Clock clock) {
        this(db, accounts, contacts, locale, clock, new ChangeHistory());
    }

    /** @param history where each import is recorded, all its rows as one change, for the window's undo */
    public ImportService(Database db, AccountRepository accounts, ContactRepository contacts, Locale locale, Clock clock,
            ChangeHistory history) {
        this.history = history;
        this.db = db;
        this.accounts = accounts;
        this.contacts = contacts;
        this.locale = locale;
        this.clock = clock;
    }

    /** Reads a file by its extension (.csv, .vcf/.vcard) with guessed columns: what the CLI does. */
    public ImportBatch read(Path file) {
        return read(file, DateOrder.AUTO);
    }

    /**
     * Reads a file as {@link #read(Path)} does, a CSV's day/month/year dates in the given order
     * (AUTO: found from the file's unambiguous dates).
     */
    public ImportBatch read(Path file, DateOrder dateOrder) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return VcardImport.read(file);
        }
        CsvTable table = CsvTable.read(file);
        ColumnMapping mapping = ColumnMapping.guess(table.header());
        mapping.setDateOrder(dateOrder);
        return CsvImport.rows(table, mapping);
    }

    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".vcf") || name.endsWith(".vcard");
    }

    /**
     * Checks and writes the rows.
     *
     * @throws CancelledException when progress says cancel; nothing is saved then
     */
    public ImportReport importBatch(ImportBatch batch, Options options, Progress progress) {
        try {
            // every row the import wrote is one undo, in one transaction, as the import was
            return history.asOne(db, () -> {
                ImportReport report = new Run(batch, options, progress).run();
                if (options.dryRun()) {
                    throw new RollBack(report);
                }
                return report;
            }, "undo.import", r -> List.of(r.accountsAdded() + r.peopleAdded(), r.accountsMerged() + r.peopleMerged()));
        } catch (RollBack dry) {
            return dry.report;
        }
    }

    /** One import: the stored accounts and people indexed, then each row applied. */
    private final class Run {
        private final ImportBatch batch;
        private final Options options;
        private final Progress progress;
        private final Map<String, Account> accountsByName = new HashMap<>();
        private final Map<String, List<Contact>> peopleByName = new HashMap<>();
        private final Set<Long> accountsMergedIds = new LinkedHashSet<>();
        private final List<RowProblem> rejected = new ArrayList<>();
        private final List<RowProblem> notes = new ArrayList<>();
        private final LocalDate today = LocalDate.now(clock);
        private int accountsAdded;
        private int peopleAdded;
        private int peopleMerged;
        private int skipped;
        /** New people not written yet: written in batches over one handle, which is much faster. */
        private final List<Pending> pending = new ArrayList<>();

        Run(ImportBatch batch, Options options, Progress progress) {
            this.batch = batch;
            this.options = options;
            this.progress = progress;
        }

        ImportReport run() {
            for (Account a : accounts.findAll()) {
                accountsByName.putIfAbsent(Text.fold(a.name()), a);
            }
            for (Contact c : contacts.findAll()) {
                peopleByName.computeIfAbsent(Text.fold(c.name()), k -> new ArrayList<>()).add(c);
            }
            rejected.addAll(batch.fileProblems());
            notes.addAll(batch.fileNotes());
            int done = 0;
            for (ImportRow row : batch.rows()) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                apply(row);
                if (pending.size() >= 1000) {
                    flush();
                }
                progress.update(++done, batch.rows().size());
            }
            flush();
            return new ImportReport(batch.unit(), options.dryRun(), accountsAdded, accountsMergedIds.size(), peopleAdded,
                    peopleMerged, skipped, rejected, notes);
        }

        private void apply(ImportRow row) {
            if (!row.isValid()) {
                rejected.addAll(row.problems());
                return;
            }
            Account draft = row.account();
            Contact person = row.person();
            List<RowProblem> problems = new ArrayList<>();
            if (draft != null && !draft.name().isEmpty()) {
                for (FieldProblem p : AccountRules.check(draft, locale)) {
                    problems.add(rule(row.position(), p, draft, null));
                }
            }
            String accountName = draft != null && !draft.name().isEmpty() ? draft.name() : options.defaultAccount();
            if (person != null) {
                if (accountName.isEmpty()) {
                    problems.add(RowProblem.of(row.position(), "exchange.problem.noAccount", person.name()));
                }
                for (FieldProblem p : ContactRules.check(person, locale, today)) {
                    problems.add(rule(row.position(), p, null, person));
                }
            }
            if (!problems.isEmpty()) {
                rejected.addAll(problems);
                return;
            }
            notes.addAll(row.notes());
            Account account = account(row, accountName, draft, person == null);
            if (person != null && account != null) {
                person(row, withAccount(person, account.id()));
            }
        }

        private Account account(ImportRow row, String name, Account draft, boolean accountRow) {
            String key = Text.fold(name);
            Account existing = accountsByName.get(key);
            if (existing == null) {
                Account created = accounts.insert(draft != null && !draft.name().isEmpty() ? draft : Account.named(name));
                history.record(history.alternate(history.track("account", created.id(), 0, created.version()),
                        v -> accounts.softDelete(created.id(), v), v -> accounts.restore(created.id(), v),
                        "undo.account.created", created.name()));
                accountsByName.put(key, created);
                accountsAdded++;
                return created;
            }
            if (draft != null && accountRow && options.duplicates() == DuplicatePolicy.SKIP) {
                skipped++;
                notes.add(RowProblem.of(row.position(), "exchange.report.skippedAccount", existing.name()));
            } else if (draft != null && options.duplicates() == DuplicatePolicy.MERGE) {
                Account merged = Merge.account(existing, draft);
                if (!merged.equals(existing)) {
                    try {
                        merged = accounts.update(merged);
                        history.record(history.swap(history.track("account", merged.id(), existing.version(),
                                merged.version()), existing, merged, (state, v) -> accounts.update(state.withVersion(v))
                                .version(), "undo.account.edited", merged.name()));
                    } catch (EditConflict conflict) {
                        // changed since this import read it: the newer data stays, the row is refused
                        rejected.add(refused(row, existing.name(), conflict));
                        return null;
                    }
                    accountsByName.put(key, merged);
                    accountsMergedIds.add(merged.id());
                    notes.add(RowProblem.of(row.position(), "exchange.report.mergedAccount", existing.name()));
                }
                return merged;
            }
            return existing;
        }

        /** A row refused because its record changed after the import read it: the report says when and by whom. */
        private static RowProblem refused(ImportRow row, String name, EditConflict conflict) {
            List<Object> args = new ArrayList<>();
            args.add(name);
            args.addAll(conflict.messageArgs());
            return new RowProblem(row.position(), conflict.keyFor("exchange.problem.conflict",
                    "exchange.problem.conflictWho", "exchange.problem.conflictWhen", "exchange.problem.conflictBy"), args);
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Contact> saved = contacts.insertAll(pending.stream().map(Pending::contact).toList());
            for (int i = 0; i < saved.size(); i++) {
                Pending p = pending.get(i);
                Contact c = saved.get(i);
                p.home().set(p.index(), c);
                history.record(history.alternate(history.track("contact", c.id(), 0, c.version()),
                        v -> contacts.softDelete(c.id(), v), v -> contacts.restore(c.id(), v), "undo.contact.created",
                        c.name()));
            }
            pending.clear();
        }

        private void person(ImportRow row, Contact person) {
            String key = Text.fold(person.name());
            List<Contact> sameName = peopleByName.computeIfAbsent(key, k -> new ArrayList<>());
            for (int i = 0; i < sameName.size(); i++) {
                Contact existing = sameName.get(i);
                if (Merge.sharesEmailOrPhone(existing, person)) {
                    if (options.duplicates() == DuplicatePolicy.SKIP) {
                        skipped++;
                        notes.add(RowProblem.of(row.position(), "exchange.report.skippedPerson", existing.name()));
                    } else {
                        Contact merged = Merge.person(existing, person);
                        if (!merged.equals(existing)) {
                            if (existing.id() == null) {
                                // a person earlier in this file, not written yet: merge before writing
                                sameName.set(i, merged);
                                int index = i;
                                Contact inFile = merged;
                                pending.replaceAll(p -> p.home() == sameName && p.index() == index
                                        ? new Pending(sameName, index, inFile) : p);
                                notes.add(RowProblem.of(row.position(), "exchange.report.mergedPerson", existing.name()));
                                return;
                            }
                            try {
                                Contact before = existing;
                                merged = contacts.update(merged);
                                history.record(history.swap(history.track("contact", merged.id(), before.version(),
                                        merged.version()), before, merged, (state, v) -> contacts.update(
                                        state.withVersion(v)).version(), "undo.contact.edited", merged.name()));
                            } catch (EditConflict conflict) {
                                // changed since this import read it: the newer data stays, the row is refused
                                rejected.add(refused(row, existing.name(), conflict));
                                return;
                            }
                            sameName.set(i, merged);
                            peopleMerged++;
                            notes.add(RowProblem.of(row.position(), "exchange.report.mergedPerson", existing.name()));
                        }
                    }
                    return;
                }
            }
            sameName.add(person);
            pending.add(new Pending(sameName, sameName.size() - 1, person));
            peopleAdded++;
        }
    }

    private record Pending(List<Contact> home, int index, Contact contact) {
    }

    private static Contact withAccount(Contact c, long accountId) {
        return new Contact(null, accountId, c.name(), c.title(), c.department(), c.buyingRole(), c.phones(), c.emails(),
                c.address(), c.preferredChannel(), c.birthday(), c.interests(), c.notes(), c.leftAccount(), c.leftOn(),
                null, null, 0L);
    }

    /** A rule broken by a row's value, named by the field the user knows. */
    private static RowProblem rule(int position, FieldProblem p, Account account, Contact person) {
        String field = p.field();
        int dot = field.indexOf('.');
        int index = dot < 0 ? 0 : Integer.parseInt(field.substring(dot + 1));
        String base = dot < 0 ? field : field.substring(0, dot);
        ImportField label;
        String value;
        switch (base) {
            case "emails" -> {
                label = ImportField.EMAIL_WORK;
                value = person.emails().get(index).value();
            }
            case "phones" -> {
                label = ImportField.PHONE_WORK;
                value = person.phones().get(index).value();
            }
            case "birthday" -> {
                label = ImportField.BIRTHDAY;
                value = String.valueOf(person.birthday());
            }
            case "leftOn" -> {
                label = ImportField.LEFT_ON;
                value = String.valueOf(person.leftOn());
            }
            case "annualRevenue" -> {
                label = ImportField.ANNUAL_REVENUE;
                value = String.valueOf(account.annualRevenue());
            }
            case "grossMarginPct" -> {
                label = ImportField.GROSS_MARGIN;
                value = String.valueOf(account.grossMarginPct());
            }
            case "shareOfWalletPct" -> {
                label = ImportField.SHARE_OF_WALLET;
                value = String.valueOf(account.shareOfWalletPct());
            }
            case "satisfaction" -> {
                label = ImportField.SATISFACTION;
                value = String.valueOf(account.satisfaction());
            }
            case "phone" -> {
                label = ImportField.ACCOUNT_PHONE;
                value = account.phone();
            }
            case "website" -> {
                label = ImportField.WEBSITE;
                value = account.website();
            }
            default -> {
                label = person != null ? ImportField.NAME : ImportField.ACCOUNT;
                value = person != null ? person.name() : account.name();
            }
        }
        return RowProblem.of(position, "exchange.problem.rule", label, value, p);
    }

    /** How a row's values join what is stored: blanks filled, phone numbers and addresses added. */
    static final class Merge {
        private Merge() {
        }

        static boolean sharesEmailOrPhone(Contact a, Contact b) {
            for (ContactPoint x : a.emails()) {
                for (ContactPoint y : b.emails()) {
                    if (x.value().equalsIgnoreCase(y.value())) {
                        return true;
                    }
                }
            }
            for (ContactPoint x : a.phones()) {
                for (ContactPoint y : b.phones()) {
                    if (samePhone(x.value(), y.value())) {
                        return true;
                    }
                }
            }
            return false;
        }

        static boolean samePhone(String a, String b) {
            String x = a.replaceAll("\\D", "");
            String y = b.replaceAll("\\D", "");
            if (x.isEmpty() || y.isEmpty()) {
                return false;
            }
            if (x.equals(y)) {
                return true;
            }
            // +86 138... and 138... are one number
            return Math.min(x.length(), y.length()) >= 7 && (x.endsWith(y) || y.endsWith(x));
        }

        static Contact person(Contact old, Contact in) {
            List<ContactPoint> phones = new ArrayList<>(old.phones());
            for (ContactPoint p : in.phones()) {
                if (phones.stream().noneMatch(q -> samePhone(q.value(), p.value()))) {
                    phones.add(p);
                }
            }
            List<ContactPoint> emails = new ArrayList<>(old.emails());
            for (ContactPoint p : in.emails()) {
                if (emails.stream().noneMatch(q -> q.value().equalsIgnoreCase(p.value()))) {
                    emails.add(p);
                }
            }
            return new Contact(old.id(), old.accountId(), old.name(), or(old.title(), in.title()),
                    or(old.department(), in.department()), old.buyingRole() != null ? old.buyingRole() : in.buyingRole(),
                    phones, emails, or(old.address(), in.address()),
                    old.preferredChannel() != null ? old.preferredChannel() : in.preferredChannel(),
                    old.birthday() != null ? old.birthday() : in.birthday(), joined(old.interests(), in.interests()),
                    joined(old.notes(), in.notes()), old.leftAccount(), old.leftOn(), old.createdAt(), old.updatedAt(), old.version());
        }

        static Account account(Account old, Account in) {
            return new Account(old.id(), old.name(), old.partyType(), old.tier(), old.stage(), old.level(),
                    old.relationshipType() != null ? old.relationshipType() : in.relationshipType(),
                    or(old.industry(), in.industry()), or(old.address(), in.address()), or(old.phone(), in.phone()),
                    or(old.website(), in.website()), old.annualRevenue() != null ? old.annualRevenue() : in.annualRevenue(),
                    old.grossMarginPct() != null ? old.grossMarginPct() : in.grossMarginPct(),
                    old.shareOfWalletPct() != null ? old.shareOfWalletPct() : in.shareOfWalletPct(),
                    old.satisfaction() != null ? old.satisfaction() : in.satisfaction(), or(old.owner(), in.owner()),
                    union(old.tags(), in.tags()), joined(old.notes(), in.notes()), old.createdAt(), old.updatedAt(), old.version());
        }

        private static String or(String kept, String offered) {
            return kept.isEmpty() ? offered : kept;
        }

        /** Text that grows: the new text is added when it is not there already. */
        private static String joined(String kept, String offered) {
            if (offered.isBlank() || kept.contains(offered.strip())) {
                return kept;
            }
            return kept.isBlank() ? offered : kept + System.lineSeparator() + offered;
        }

        private static List<String> union(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
