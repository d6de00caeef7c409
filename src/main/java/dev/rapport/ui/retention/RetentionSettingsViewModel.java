package dev.rapport.ui.retention;

import dev.rapport.domain.RetentionSettings;
import dev.rapport.service.RetentionService;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.FormModel;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The discount rate and horizon lifetime value uses, as typed, checked and saved with the data. */
public final class RetentionSettingsViewModel extends FormModel<RetentionSettings> {
    private final RetentionService retention;
    private final UiKit kit;
    private final Notifier notifier;
    public final StringProperty discountRate = new SimpleStringProperty("");
    public final StringProperty horizon = new SimpleStringProperty("");
    private RetentionSettings loaded;
    /** A problem no field shows: Save waits for the first load instead of offering empty fields. */
    static final String NOT_LOADED = "loading";

    public RetentionSettingsViewModel(RetentionService retention, UiKit kit, Notifier notifier) {
        super(kit.messages());
        this.retention = retention;
        this.kit = kit;
        this.notifier = notifier;
        watch(discountRate, horizon);
    }

    public void load() {
        kit.executor().submit(msg.get("task.loading"), p -> retention.settings(), this::fill,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    @Override
    public void fill(RetentionSettings s) {
        loaded = s;
        discountRate.set(kit.formats().decimal(s.discountRatePct()));
        horizon.set(Integer.toString(s.horizonYears()));
        validate();
    }

    /** The settings as last read (null before the first load). */
    @Override
    public RetentionSettings read() {
        return loaded;
    }

    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("retention.settings.discountRate", discountRate.get());
        fields.put("retention.settings.horizon", horizon.get());
        return CopyText.lines(msg, fields);
    }

    private record Typed(BigDecimal rate, Integer years) {
    }

    private Typed typed(Map<String, String> problems) {
        BigDecimal rate = decimal(kit.formats(), "discountRatePct", discountRate.get(), problems);
        return new Typed(rate, wholeNumber("horizonYears", horizon.get(), problems));
    }

    @Override
    protected void check(Map<String, String> problems) {
        if (loaded == null) {
            // nothing to save before the stored settings arrive, and nothing typed to fault yet
            problems.put(NOT_LOADED, "");
            return;
        }
        Typed t = typed(problems);
        add(problems, RetentionSettings.check(t.rate(), t.years()));
    }

    public void save() {
        Typed t = typed(new LinkedHashMap<>());
        if (!validProperty().get()) {
            return;
        }
        kit.executor().submit(msg.get("task.saving"), p -> retention.saveSettings(t.rate(), t.years()),
                s -> notifier.status(msg.get("retention.settings.saved")),
                e -> kit.dialogs().showError(msg.get("error.save"), e));
    }
}
