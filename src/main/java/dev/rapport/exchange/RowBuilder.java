package dev.rapport.exchange;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.DateOrder;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.PreferredChannel;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RelationshipType;
import dev.rapport.domain.Tags;
import dev.rapport.domain.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects one row's values field by field and turns them into an {@link ImportRow}, noting
 * each value that cannot be read with the column it came from. Shared by the CSV and vCard
 * readers.
 */
public final class RowBuilder {
    /** Longer cells are refused rather than stored: nobody types 100,000 characters into a field. */
    public static final int MAX_CELL = 100_000;

    private final int position;
    private final Map<ImportField, String> single = new EnumMap<>(ImportField.class);
    private final Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    private final List<ContactPoint> phones = new ArrayList<>();
    private final List<ContactPoint> emails = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowProblem> notes = new ArrayList<>();

    private final DateOrder dateOrder;

    public RowBuilder(int position) {
        this(position, DateOrder.AUTO);
    }

    /** @param dateOrder how day/month/year dates of this row are read */
    public RowBuilder(int position, DateOrder dateOrder) {
        this.position = position;
        this.dateOrder = dateOrder;
    }

    /**
     * Adds a value read from the named column.
     *
     * @param kindLabel for labelled phones and e-mails, the label beside them ("Mobile"); else null
     */
    public RowBuilder put(ImportField field, String column, String value, String kindLabel) {
        if (field == ImportField.IGNORE || value == null || value.isBlank()) {
            return this;
        }
        if (value.length() > MAX_CELL) {
            problems.add(RowProblem.of(position, "exchange.problem.tooLong", column, MAX_CELL));
            return this;
        }
        String v = CellGuard.unguard(value.strip());
        switch (field) {
            case PHONE_WORK -> addPoints(phones, ContactPoint.Kind.WORK, v);
            case PHONE_MOBILE -> addPoints(phones, ContactPoint.Kind.MOBILE, v);
            case PHONE_HOME -> addPoints(phones, ContactPoint.Kind.HOME, v);
            case PHONE_OTHER -> addPoints(phones, ContactPoint.Kind.OTHER, v);
            case PHONE_LABELLED -> addPoints(phones, kindOf(kindLabel), v);
            case EMAIL_WORK -> addPoints(emails, ContactPoint.Kind.WORK, v);
            case EMAIL_HOME -> addPoints(emails, ContactPoint.Kind.HOME, v);
            case EMAIL_OTHER -> addPoints(emails, ContactPoint.Kind.OTHER, v);
            case EMAIL_LABELLED -> addPoints(emails, kindOf(kindLabel), v);
            default -> {
                single.put(field, v);
                columns.put(field, column);
            }
        }
        return this;
    }

    private static void addPoints(List<ContactPoint> into, ContactPoint.Kind kind, String value) {
        for (String v : FieldValues.several(value)) {
            if (into.stream().noneMatch(p -> p.value().equalsIgnoreCase(v))) {
                into.add(new ContactPoint(kind, v));
            }
        }
    }

    /** The kind from a label in Google's, Apple's or Outlook's words (also vCard TYPE values). */
    public static ContactPoint.Kind kindOf(String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        if (l.contains("mobile") || l.contains("cell") || l.contains("iphone") || l.contains("手机")
                || l.contains("手機")) {
            return ContactPoint.Kind.MOBILE;
        }
        if (l.contains("work") || l.contains("business") || l.contains("工作") || l.contains("单位")) {
            return ContactPoint.Kind.WORK;
        }
        if (l.contains("home") || l.contains("家")) {
            return ContactPoint.Kind.HOME;
        }
        return ContactPoint.Kind.OTHER;
    }

    public void problem(String messageKey, Object... args) {
        problems.add(RowProblem.of(position, messageKey, args));
    }

    /** Something the report should say about the row when it comes in, such as a value left out. */
    public void note(String messageKey, Object... args) {
        notes.add(RowProblem.of(position, messageKey, args));
    }

    /** Whether the row had nothing at all in a mapped column. */
    public boolean isEmpty() {
        return single.isEmpty() && phones.isEmpty() && emails.isEmpty() && problems.isEmpty();
    }

    public ImportRow build() {
        String accountName = text(ImportField.ACCOUNT);
        String name = personName();
        boolean personRow = !name.isEmpty() || single.keySet().stream().anyMatch(ImportField::isPerson)
                || !phones.isEmpty() || !emails.isEmpty();
        Account account = null;
        if (!accountName.isEmpty() || hasAccountFields()) {
            account = account(accountName);
        }
        Contact person = null;
        if (personRow) {
            if (name.isEmpty()) {
                problems.add(RowProblem.of(position, "exchange.problem.noName"));
            }
            person = person(name);
        } else if (account == null) {
            problems.add(RowProblem.of(position, "exchange.problem.noName"));
        } else if (accountName.isEmpty()) {
            problems.add(RowProblem.of(position, "exchange.problem.noAccountName"));
        }
        return new ImportRow(position, account, person, problems, notes);
    }

    private boolean hasAccountFields() {
        return single.keySet().stream().anyMatch(f -> !f.isPerson() && f != ImportField.ACCOUNT);
    }

    private String personName() {
        String full = text(ImportField.NAME);
        if (!full.isEmpty()) {
            return full;
        }
        String first = text(ImportField.FIRST_NAME);
        String middle = text(ImportField.MIDDLE_NAME);
        String last = text(ImportField.LAST_NAME);
        boolean chinese = (first + last).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (chinese) {
            return (last + first).strip();
        }
        return String.join(" ", List.of(first, middle, last).stream().filter(s -> !s.isEmpty()).toList());
    }

    private Account account(String name) {
        Account a = Account.named(name);
        PartyType party = choice(PartyType.class, ImportField.PARTY_TYPE).orElse(a.partyType());
        Tier tier = choice(Tier.class, ImportField.TIER).orElse(a.tier());
        LifecycleStage stage = choice(LifecycleStage.class, ImportField.STAGE).orElse(a.stage());
        RelationshipLevel level = choice(RelationshipLevel.class, ImportField.LEVEL).orElse(a.level());
        RelationshipType type = choice(RelationshipType.class, ImportField.RELATIONSHIP_TYPE).orElse(null);
        BigDecimal revenue = number(ImportField.ANNUAL_REVENUE);
        BigDecimal margin = number(ImportField.GROSS_MARGIN);
        BigDecimal share = number(ImportField.SHARE_OF_WALLET);
        BigDecimal satisfaction = number(ImportField.SATISFACTION);
        Integer sat = null;
        if (satisfaction != null) {
            if (satisfaction.stripTrailingZeros().scale() > 0) {
                problems.add(RowProblem.of(position, "exchange.problem.number", columns.get(ImportField.SATISFACTION),
                        text(ImportField.SATISFACTION)));
            } else {
                sat = satisfaction.intValue();
            }
        }
        return new Account(null, name, party, tier, stage, level, type, text(ImportField.INDUSTRY),
                text(ImportField.ACCOUNT_ADDRESS), text(ImportField.ACCOUNT_PHONE), text(ImportField.WEBSITE),
                revenue, margin, share, sat, text(ImportField.OWNER),
                Tags.parse(text(ImportField.TAGS).replace(":::", ",")),
                text(ImportField.ACCOUNT_NOTES), null, null, 0L);
    }

    private Contact person(String name) {
        Birthday birthday = null;
        String bText = text(ImportField.BIRTHDAY);
        try {
            birthday = FieldValues.birthday(bText, dateOrder).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(position, "exchange.problem.date", columns.get(ImportField.BIRTHDAY), bText));
        }
        LocalDate leftOn = null;
        String lText = text(ImportField.LEFT_ON);
        try {
            leftOn = FieldValues.date(lText, dateOrder).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(position, "exchange.problem.date", columns.get(ImportField.LEFT_ON), lText));
        }
        boolean left = leftOn != null;
        if (single.containsKey(ImportField.LEFT_ACCOUNT)) {
            try {
                left = FieldValues.yesNo(text(ImportField.LEFT_ACCOUNT)) || leftOn != null;
            } catch (IllegalArgumentException e) {
                problems.add(RowProblem.of(position, "exchange.problem.yesNo", columns.get(ImportField.LEFT_ACCOUNT),
                        text(ImportField.LEFT_ACCOUNT)));
            }
        }
        return new Contact(null, 0L, name, text(ImportField.TITLE), text(ImportField.DEPARTMENT),
                choice(BuyingRole.class, ImportField.BUYING_ROLE).orElse(null), phones, emails, address(),
                choice(PreferredChannel.class, ImportField.PREFERRED_CHANNEL).orElse(null), birthday,
                text(ImportField.INTERESTS), text(ImportField.NOTES), left, leftOn, null, null, 0L);
    }

    private String address() {
        String whole = text(ImportField.ADDRESS);
        if (!whole.isEmpty()) {
            return whole;
        }
        String regionLine = String.join(" ", List.of(text(ImportField.REGION), text(ImportField.POSTCODE)).stream()
                .filter(s -> !s.isEmpty()).toList());
        return String.join(", ", List.of(text(ImportField.STREET), text(ImportField.CITY), regionLine,
                text(ImportField.COUNTRY)).stream().filter(s -> !s.isEmpty()).toList());
    }

    private String text(ImportField f) {
        return single.getOrDefault(f, "");
    }

    private <E extends Enum<E>> Optional<E> choice(Class<E> type, ImportField f) {
        try {
            return FieldValues.choice(type, text(f));
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(position, "exchange.problem.choice", columns.get(f), text(f)));
            return Optional.empty();
        }
    }

    private BigDecimal number(ImportField f) {
        try {
            return FieldValues.number(text(f)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(position, "exchange.problem.number", columns.get(f), text(f)));
            return null;
        }
    }
}
