package dev.rapport.ui.contactlog;

import dev.rapport.domain.Cadence;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The contact cadence per tier as the rep edits it in Settings: checked as typed, saved with the data. */
public final class CadenceSettingsViewModel {
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final Map<Tier, StringProperty> days = new EnumMap<>(Tier.class);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanBinding valid = Bindings.createBooleanBinding(errors::isEmpty, errors);

    public CadenceSettingsViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
        for (Tier t : Tier.values()) {
            StringProperty p = new SimpleStringProperty(Integer.toString(t.defaultCadenceDays()));
            p.addListener(x -> validate());
            days.put(t, p);
        }
    }

    public StringProperty days(Tier tier) {
        return days.get(tier);
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The error key of a tier's field. */
    public static String field(Tier tier) {
        return "cadence." + tier.name();
    }

    public void load() {
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.contactLog().cadence(), c -> {
            for (Tier t : Tier.values()) {
                days.get(t).set(Integer.toString(c.days(t)));
            }
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    private Cadence build(Map<String, String> problems) {
        Cadence c = Cadence.DEFAULT;
        for (Tier t : Tier.values()) {
            try {
                c = c.with(t, Integer.parseInt(days.get(t).get().strip()));
            } catch (NumberFormatException e) {
                problems.put(field(t), msg.get("validation.number"));
            }
        }
        for (FieldProblem p : c.check()) {
            problems.putIfAbsent(p.field(), msg.of(p));
        }
        return c;
    }

    private void validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        build(problems);
        errors.keySet().retainAll(problems.keySet());
        errors.putAll(problems);
    }

    public void save() {
        Map<String, String> problems = new LinkedHashMap<>();
        Cadence c = build(problems);
        if (!problems.isEmpty()) {
            return;
        }
        ctx.executor().submit(msg.get("task.saving"), p -> {
            ctx.contactLog().saveCadence(c);
            return c;
        }, saved -> notifier.status(msg.get("contactlog.cadence.saved", saved.tierA(), saved.tierB(), saved.tierC())),
                e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }
}
