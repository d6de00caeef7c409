package dev.rapport.ui.retention;

import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.RetentionSettings;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The discount rate and horizon lifetime value uses, as typed, checked and saved with the data. */
public final class RetentionSettingsViewModel {
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    public final StringProperty discountRate = new SimpleStringProperty("");
    public final StringProperty horizon = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanBinding valid = Bindings.createBooleanBinding(errors::isEmpty, errors);

    public RetentionSettingsViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
        discountRate.addListener(o -> validate());
        horizon.addListener(o -> validate());
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public void load() {
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.retention().settings(), s -> {
            discountRate.set(ctx.formats().decimal(s.discountRatePct()));
            horizon.set(Integer.toString(s.horizonYears()));
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    private record Typed(BigDecimal rate, Integer years) {
    }

    private Typed typed(Map<String, String> problems) {
        BigDecimal rate = null;
        Integer years = null;
        try {
            rate = ctx.formats().parseDecimal(discountRate.get()).orElse(null);
        } catch (NumberFormatException e) {
            problems.put("discountRatePct", msg.get("validation.number"));
        }
        try {
            String h = horizon.get() == null ? "" : horizon.get().strip();
            years = h.isEmpty() ? null : Integer.valueOf(h);
        } catch (NumberFormatException e) {
            problems.put("horizonYears", msg.get("validation.number"));
        }
        return new Typed(rate, years);
    }

    private void validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        Typed t = typed(problems);
        for (FieldProblem p : RetentionSettings.check(t.rate(), t.years())) {
            problems.putIfAbsent(p.field(), msg.of(p));
        }
        errors.keySet().retainAll(problems.keySet());
        errors.putAll(problems);
    }

    public void save() {
        Typed t = typed(new LinkedHashMap<>());
        if (!valid.get()) {
            return;
        }
        ctx.executor().submit(msg.get("task.saving"), p -> ctx.retention().saveSettings(t.rate(), t.years()),
                s -> notifier.status(msg.get("retention.settings.saved")),
                e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }
}
