package dev.rapport.ui.contactlog;

import dev.rapport.domain.Cadence;
import dev.rapport.domain.Tier;
import dev.rapport.service.ContactLogService;
import dev.rapport.ui.common.FormModel;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The contact cadence per tier as the rep edits it in Settings: checked as typed, saved with the data. */
public final class CadenceSettingsViewModel extends FormModel<Cadence> {
    private final ContactLogService contactLog;
    private final UiKit kit;
    private final Notifier notifier;
    private final Map<Tier, StringProperty> days = new EnumMap<>(Tier.class);
    private Cadence original = Cadence.DEFAULT;

    public CadenceSettingsViewModel(ContactLogService contactLog, UiKit kit, Notifier notifier) {
        super(kit.messages());
        this.contactLog = contactLog;
        this.kit = kit;
        this.notifier = notifier;
        for (Tier t : Tier.values()) {
            days.put(t, new SimpleStringProperty());
        }
        fill(Cadence.DEFAULT);
        watch(days.values().toArray(StringProperty[]::new));
    }

    public StringProperty days(Tier tier) {
        return days.get(tier);
    }

    /** The error key of a tier's field. */
    public static String field(Tier tier) {
        return "cadence." + tier.name();
    }

    @Override
    public void fill(Cadence cadence) {
        original = cadence;
        for (Tier t : Tier.values()) {
            days.get(t).set(Integer.toString(cadence.days(t)));
        }
    }

    @Override
    public Cadence read() {
        return original;
    }

    @Override
    public String copyText() {
        StringJoiner out = new StringJoiner("\n");
        for (Tier t : Tier.values()) {
            out.add(msg.get("account.tier") + " " + msg.of(t) + ": " + days.get(t).get());
        }
        return out.toString();
    }

    public void load() {
        kit.executor().submit(msg.get("task.loading"), p -> contactLog.cadence(), this::fill,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    @Override
    protected void check(Map<String, String> problems) {
        build(problems);
    }

    private Cadence build(Map<String, String> problems) {
        Cadence c = Cadence.DEFAULT;
        for (Tier t : Tier.values()) {
            Integer typed = wholeNumber(field(t), days.get(t).get(), problems);
            if (typed != null) {
                c = c.with(t, typed);
            } else {
                problems.putIfAbsent(field(t), msg.get("validation.required"));
            }
        }
        add(problems, c.check());
        return c;
    }

    public void save() {
        Map<String, String> problems = new LinkedHashMap<>();
        Cadence c = build(problems);
        if (!problems.isEmpty()) {
            return;
        }
        kit.executor().submit(msg.get("task.saving"), p -> {
            contactLog.saveCadence(c);
            return c;
        }, saved -> {
            original = saved;
            notifier.status(msg.get("contactlog.cadence.saved", saved.tierA(), saved.tierB(), saved.tierC()));
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
