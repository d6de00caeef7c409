package dev.rapport.ui.contactlog;

import dev.rapport.domain.Account;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.InteractionRules;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.FormModel;
import dev.rapport.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The log form's state: what the rep typed, checked on every change, with the reason for each
 * invalid field. The people offered are those of the chosen account; choosing another account
 * drops people who are not there.
 */
public final class InteractionEditorViewModel extends FormModel<Interaction> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Formats formats;
    private final List<Account> accounts;
    private Interaction original;

    public final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final StringProperty time = new SimpleStringProperty("");
    public final ObjectProperty<InteractionChannel> channel = new SimpleObjectProperty<>(InteractionChannel.CALL);
    /** The people of the chosen account, to pick from. */
    public final ObservableList<Contact> available = FXCollections.observableArrayList();
    /** The people who took part. */
    public final ObservableList<Contact> chosen = FXCollections.observableArrayList();
    public final StringProperty subject = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");
    public final StringProperty outcome = new SimpleStringProperty("");
    public final ObjectProperty<Sentiment> sentiment = new SimpleObjectProperty<>(Sentiment.NEUTRAL);
    public final StringProperty cost = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> followUpOn = new SimpleObjectProperty<>();
    public final StringProperty followUpWhat = new SimpleStringProperty("");
    public final BooleanProperty followUpDone = new SimpleBooleanProperty(false);
    public final ObjectProperty<ComplaintStatus> complaintStatus = new SimpleObjectProperty<>(ComplaintStatus.OPEN);
    public final StringProperty resolution = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> resolvedOn = new SimpleObjectProperty<>();
    /** The account's open planned actions this interaction may fulfil (a new one only). */
    public final ObservableList<PlanAction> openActions = FXCollections.observableArrayList();
    /** The planned action it fulfils: marked done on that day, with this interaction's cost. */
    public final ObjectProperty<PlanAction> plannedAction = new SimpleObjectProperty<>();

    private final BooleanBinding complaint = Bindings.createBooleanBinding(
            () -> channel.get() == InteractionChannel.COMPLAINT, channel);
    private final LocalDate today;

    /** @param accounts the accounts it can be logged for; the entry's own is chosen */
    public InteractionEditorViewModel(Interaction interaction, List<Account> accounts, Messages msg, Formats formats,
            LocalDate today) {
        super(msg);
        this.formats = formats;
        this.accounts = List.copyOf(accounts);
        this.today = today;
        fill(interaction);
        complaintStatus.addListener((obs, old, s) -> {
            if (s == ComplaintStatus.RESOLVED && resolvedOn.get() == null) {
                resolvedOn.set(today);
            }
        });
        watch(account, date, time, channel, chosen, subject, notes, outcome, cost, followUpOn, followUpWhat,
                complaintStatus, resolution, resolvedOn);
        // Ctrl+L with no account in view opens with none chosen: not a mistake until the rep starts
        quietUntilEdited("account");
    }

    /**
     * Puts the entry into the form, as after a Reload that drops what was typed, with the version a
     * save names; of the account's people, those it names are chosen.
     */
    @Override
    public void fill(Interaction interaction) {
        original = interaction;
        Account accountOfIt = accounts.stream().filter(a -> a.id() == interaction.accountId()).findFirst()
                .orElse(null);
        account.set(accountOfIt);
        date.set(interaction.at().toLocalDate());
        time.set(TIME.format(interaction.at()));
        channel.set(interaction.channel());
        subject.set(interaction.subject());
        notes.set(interaction.notes());
        outcome.set(interaction.outcome());
        sentiment.set(interaction.sentiment());
        cost.set(formats.decimal(interaction.cost()));
        followUpOn.set(interaction.followUpOn());
        followUpWhat.set(interaction.followUpWhat());
        followUpDone.set(interaction.followUpDone());
        complaintStatus.set(interaction.complaintStatus() == null ? ComplaintStatus.OPEN : interaction.complaintStatus());
        resolution.set(interaction.resolution());
        resolvedOn.set(interaction.resolvedOn());
        if (accountOfIt != null && !available.isEmpty()) {
            setAvailable(List.copyOf(available), interaction.contactIds());
        }
    }

    @Override
    public Interaction read() {
        return original;
    }

    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contactlog.field.subject", subject.get());
        fields.put("contactlog.field.notes", notes.get());
        fields.put("contactlog.field.outcome", outcome.get());
        fields.put("contactlog.field.cost", cost.get());
        fields.put("contactlog.field.followUp", followUpWhat.get());
        fields.put("contactlog.field.resolution", resolution.get());
        return CopyText.lines(msg, fields);
    }

    public boolean isNew() {
        return original.isNew();
    }

    /** True when the channel is a complaint: the form then shows status and resolution. */
    public BooleanBinding complaintProperty() {
        return complaint;
    }

    /** The people of the account now chosen; those chosen before who are there stay chosen. */
    public void setAvailable(List<Contact> people, List<Long> chosenIds) {
        available.setAll(people);
        List<Contact> keep = new ArrayList<>();
        for (Contact c : people) {
            if (chosenIds.contains(c.id())) {
                keep.add(c);
            }
        }
        chosen.setAll(keep);
    }

    /** The open actions of the account now chosen; a chosen action of another account is dropped. */
    public void setOpenActions(List<PlanAction> actions) {
        openActions.setAll(actions);
        if (plannedAction.get() != null && !actions.contains(plannedAction.get())) {
            plannedAction.set(null);
        }
    }

    public List<Long> chosenIds() {
        return chosen.stream().map(Contact::id).toList();
    }

    /** The interaction as typed; call only when valid. */
    public Interaction toInteraction() {
        Map<String, String> problems = new LinkedHashMap<>();
        Interaction i = build(problems);
        if (!problems.isEmpty() || i == null) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return i;
    }

    @Override
    protected void check(Map<String, String> problems) {
        Interaction i = build(problems);
        if (i != null) {
            add(problems, InteractionRules.check(i));
        }
    }

    private Interaction build(Map<String, String> problems) {
        if (account.get() == null) {
            problems.put("account", msg.get("validation.required"));
        }
        if (date.get() == null) {
            problems.put("at", msg.get("validation.date"));
        }
        LocalTime t = null;
        try {
            String typed = time.get() == null ? "" : time.get().strip().replace('：', ':');
            t = typed.isEmpty() ? LocalTime.NOON : LocalTime.parse(typed, TIME);
        } catch (DateTimeParseException e) {
            problems.put("time", msg.get("contactlog.validation.time"));
        }
        BigDecimal amount = decimal(formats, "cost", cost.get(), problems);
        if (account.get() == null || date.get() == null || t == null) {
            return null;
        }
        boolean isComplaint = channel.get() == InteractionChannel.COMPLAINT;
        ComplaintStatus status = isComplaint ? complaintStatus.get() : null;
        LocalDate resolved = status == ComplaintStatus.RESOLVED ? resolvedOn.get() : null;
        LocalDateTime at = LocalDateTime.of(date.get(), t);
        return new Interaction(original.id(), at, account.get().id(), chosenIds(), channel.get(), subject.get(),
                notes.get(), outcome.get(), sentiment.get(), amount, followUpOn.get(), followUpWhat.get(),
                followUpOn.get() != null && followUpDone.get(), status, isComplaint ? resolution.get() : "",
                resolved, original.createdAt(), original.updatedAt(), original.version());
    }

    LocalDate today() {
        return today;
    }
}
