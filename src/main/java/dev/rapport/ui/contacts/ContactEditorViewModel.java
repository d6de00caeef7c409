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
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The contact form's state, checked on every change. Phones and e-mails are lists of rows;
 * a row's problem is keyed "phones.N" / "emails.N" so the form shows it beside that row.
 */
public final class ContactEditorViewModel {
    private final Messages msg;
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

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanBinding valid = Bindings.createBooleanBinding(errors::isEmpty, errors);

    public ContactEditorViewModel(Contact contact, List<Account> accounts, Messages msg, LocalDate today) {
        this.msg = msg;
        this.locale = msg.locale();
        this.today = today;
        this.accounts = List.copyOf(accounts);
        fill(contact);
        for (Observable o : new Observable[] {name, account, phones, emails, birthdayMonth, birthdayDay, birthdayYear,
            leftAccount, leftOn}) {
            o.addListener(x -> validate());
        }
        validate();
    }

    /** Puts the person into the form, as after a Reload that drops what was typed, with the version a save names. */
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

    /** The person as this form read it (or last reloaded it). */
    public Contact read() {
        return original;
    }

    /**
     * What the user typed into the text fields, one "Label: value" per line (empty ones left out),
     * for "Copy my text" when the save was refused.
     */
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

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanBinding validProperty() {
        return valid;
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

    private void validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        Contact c = build(problems);
        if (c != null) {
            for (FieldProblem p : ContactRules.check(c, locale, today)) {
                problems.putIfAbsent(formField(p.field()), msg.of(p));
            }
        }
        errors.keySet().retainAll(problems.keySet());
        errors.putAll(problems);
    }

    private Contact build(Map<String, String> problems) {
        if (account.get() == null) {
            problems.put("account", msg.get("validation.required"));
        }
        Birthday birthday = birthday(problems);
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

    private Birthday birthday(Map<String, String> problems) {
        Integer m = birthdayMonth.get();
        Integer d = birthdayDay.get();
        String y = birthdayYear.get() == null ? "" : birthdayYear.get().strip();
        if (m == null && d == null && y.isEmpty()) {
            return null;
        }
        if (m == null || d == null) {
            problems.put("birthday", msg.get("validation.birthdayIncomplete"));
            return null;
        }
        try {
            MonthDay md = MonthDay.of(m, d);
            Integer year = y.isEmpty() ? null : Integer.valueOf(y);
            return new Birthday(md, year);
        } catch (NumberFormatException e) {
            problems.put("birthday", msg.get("validation.year"));
        } catch (RuntimeException e) {
            problems.put("birthday", msg.get("validation.date"));
        }
        return null;
    }
}
