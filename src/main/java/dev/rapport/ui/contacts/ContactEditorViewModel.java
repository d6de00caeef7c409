package dev.rapport.ui.contacts;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.ContactRules;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.PreferredChannel;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.FormModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contact form's state, checked on every change. Phones and e-mails are lists of rows;
 * a row's problem is keyed "phones.N" / "emails.N" so the form shows it beside that row.
 */
public final class ContactEditorViewModel extends FormModel<Contact> {
    private final Locale locale;
    private final LocalDate today;
    private final List<Account> accounts;
    private Contact original;

    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty department = new SimpleStringProperty("");
    public final ObjectProperty<BuyingRole> buyingRole = new SimpleObjectProperty<>();
    public final ObservableList<PointRow> phones = FXCollections.observableArrayList(
            r -> new Observable[] {r.kind, r.value});
    public final ObservableList<PointRow> emails = FXCollections.observableArrayList(
            r -> new Observable[] {r.kind, r.value});
    public final StringProperty address = new SimpleStringProperty("");
    public final ObjectProperty<PreferredChannel> preferredChannel = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> birthdayMonth = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> birthdayDay = new SimpleObjectProperty<>();
    public final StringProperty birthdayYear = new SimpleStringProperty("");
    public final StringProperty interests = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");
    public final BooleanProperty leftAccount = new SimpleBooleanProperty(false);
    public final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();


    /** @param clock today's date, for "left on" which may not lie ahead */
    public ContactEditorViewModel(Contact contact, List<Account> accounts, Messages msg, Clock clock) {
        super(msg);
        this.locale = msg.locale();
        this.today = LocalDate.now(clock);
        this.accounts = List.copyOf(accounts);
        fill(contact);
        // a new person starts with an empty phone and e-mail line to type into
        if (isNew() && phones.isEmpty()) {
            addPhone();
        }
        if (isNew() && emails.isEmpty()) {
            addEmail();
        }
        watch(name, account, phones, emails, birthdayMonth, birthdayDay, birthdayYear, leftAccount, leftOn);
        // a new person's empty name is where the rep starts, not a mistake: said once they type
        touchedBy(title, department, buyingRole, address, preferredChannel, interests, notes);
        quietUntilEdited("name");
        // ticking "left" offers today as the day they left, which the rep can change: a person marked
        // as gone with no date was saved, and the churn views could not place the departure
        leftAccount.addListener((obs, was, left) -> {
            if (left && leftOn.get() == null) {
                leftOn.set(today);
            }
        });
    }

    @Override
    public void fill(Contact contact) {
        original = contact;
        name.set(contact.name());
        account.set(accounts.stream().filter(a -> a.id() == contact.accountId()).findFirst().orElse(null));
        title.set(contact.title());
        department.set(contact.department());
        buyingRole.set(contact.buyingRole());
        phones.setAll(contact.phones().stream().map(p -> new PointRow(p.kind(), p.value())).toList());
        emails.setAll(contact.emails().stream().map(p -> new PointRow(p.kind(), p.value())).toList());
        address.set(contact.address());
        preferredChannel.set(contact.preferredChannel());
        Birthday b = contact.birthday();
        birthdayMonth.set(b == null ? null : b.monthDay().getMonthValue());
        birthdayDay.set(b == null ? null : b.monthDay().getDayOfMonth());
        birthdayYear.set(b == null || b.year() == null ? "" : b.year().toString());
        interests.set(contact.interests());
        notes.set(contact.notes());
        leftAccount.set(contact.leftAccount());
        leftOn.set(contact.leftOn());
    }

    @Override
    public Contact read() {
        return original;
    }

    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contact.name", name.get());
        fields.put("contact.title", title.get());
        fields.put("contact.department", department.get());
        fields.put("contact.phones", joined(phones));
        fields.put("contact.emails", joined(emails));
        fields.put("contact.address", address.get());
        fields.put("contact.interests", interests.get());
        fields.put("contact.notes", notes.get());
        return CopyText.lines(msg, fields);
    }

    private static String joined(List<PointRow> rows) {
        return String.join(", ", rows.stream().map(r -> r.value.get()).filter(v -> !v.isBlank()).toList());
    }

    public boolean isNew() {
        return original.isNew();
    }

    public void addPhone() {
        phones.add(new PointRow(ContactPoint.Kind.MOBILE, ""));
    }

    public void addEmail() {
        emails.add(new PointRow(ContactPoint.Kind.WORK, ""));
    }

    /** The contact as typed; call only when valid. */
    public Contact toContact() {
        Map<String, String> problems = new LinkedHashMap<>();
        Contact c = build(problems);
        if (c == null || !problems.isEmpty()) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return c;
    }

    @Override
    protected void check(Map<String, String> problems) {
        Contact c = build(problems);
        if (c != null) {
            for (FieldProblem p : ContactRules.check(c, locale, today)) {
                problems.putIfAbsent(formField(p.field()), msg.of(p));
            }
        }
    }

    private Contact build(Map<String, String> problems) {
        if (account.get() == null) {
            problems.put("account", msg.get("validation.required"));
        }
        Birthday birthday = birthday(birthdayMonth.get(), birthdayDay.get(), birthdayYear.get(), problems);
        List<ContactPoint> phoneList = points(phones);
        List<ContactPoint> emailList = points(emails);
        if (account.get() == null) {
            return null;
        }
        return new Contact(original.id(), account.get().id(), name.get(), title.get(), department.get(),
                buyingRole.get(), phoneList, emailList, address.get(), preferredChannel.get(), birthday,
                interests.get(), notes.get(), leftAccount.get(), leftAccount.get() ? leftOn.get() : null,
                original.createdAt(), original.updatedAt(), original.version());
    }

    /** Rules number only filled-in phones and e-mails; the form numbers its rows, blank ones too. */
    private String formField(String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return field;
        }
        String medium = field.substring(0, dot);
        return medium + "." + rowIndex(medium, Integer.parseInt(field.substring(dot + 1)));
    }

    /** The form row of the N-th non-blank phone or e-mail, so its error shows beside the right row. */
    public int rowIndex(String medium, int pointIndex) {
        List<PointRow> rows = "phones".equals(medium) ? phones : emails;
        int seen = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).value.get().isBlank() && ++seen == pointIndex) {
                return i;
            }
        }
        return -1;
    }

    private static List<ContactPoint> points(List<PointRow> rows) {
        List<ContactPoint> out = new ArrayList<>();
        for (PointRow r : rows) {
            if (!r.value.get().isBlank()) {
                out.add(r.toPoint());
            }
        }
        return out;
    }
}
