package dev.rapport.ui.plans;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionSuggestions;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanRules;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.FormModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One action's form: level first, then the typical actions for that level to start from, then
 * the details and, once done, the outcome. Checked on every change.
 */
public final class ActionEditorViewModel extends FormModel<PlanAction> {
    private final Formats formats;
    private final int year;
    private PlanAction original;
    private final LocalDate today;

    public final ObjectProperty<RelationshipLevel> level = new SimpleObjectProperty<>();
    public final ObjectProperty<ActionType> type = new SimpleObjectProperty<>();
    public final StringProperty title = new SimpleStringProperty("");
    public final ObjectProperty<Integer> month = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final StringProperty owner = new SimpleStringProperty("");
    public final ObservableList<Long> contactIds = FXCollections.observableArrayList();
    public final StringProperty budget = new SimpleStringProperty("");
    public final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>();
    public final StringProperty actualCost = new SimpleStringProperty("");
    public final ObjectProperty<Integer> effect = new SimpleObjectProperty<>();
    public final StringProperty notes = new SimpleStringProperty("");
    public final BooleanProperty recurring = new SimpleBooleanProperty();

    private final ObservableList<ActionType> types = FXCollections.observableArrayList();
    private final ObservableList<ActionSuggestions.Suggestion> suggestions = FXCollections.observableArrayList();

    public ActionEditorViewModel(PlanAction action, int year, LocalDate today, Messages msg, Formats formats) {
        super(msg);
        this.today = today;
        this.formats = formats;
        this.year = year;
        level.addListener((o, old, l) -> levelChanged(l));
        fill(action);
        date.addListener((o, old, d) -> {
            if (d != null && d.getYear() == year) {
                month.set(d.getMonthValue());
            }
        });
        month.addListener((o, old, m) -> {
            if (m != null && date.get() != null && date.get().getMonthValue() != m) {
                date.set(null);
            }
        });
        watch(level, type, title, month, date, budget, status, actualCost, effect);
    }

    /**
     * Puts the action into the form, as after a Reload that drops what was typed: every field and
     * the version the next save names.
     */
    @Override
    public void fill(PlanAction action) {
        original = action;
        level.set(action.level());
        type.set(action.type());
        title.set(action.title());
        month.set(action.month().getMonthValue());
        date.set(action.date());
        owner.set(action.owner());
        contactIds.setAll(action.contactIds());
        budget.set(formats.decimal(action.budget()));
        status.set(action.status());
        actualCost.set(formats.decimal(action.actualCost()));
        effect.set(action.effect());
        notes.set(action.notes());
        recurring.set(action.recurring());
        validate();
    }

    /** The action as this form read it (or last reloaded it), with the version a save names. */
    @Override
    public PlanAction read() {
        return original;
    }

    /**
     * What the user typed into the text fields, one "Label: value" per line (empty ones left out),
     * for "Copy my text" when the save was refused.
     */
    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("plans.action.title", title.get());
        fields.put("plans.action.owner", owner.get());
        fields.put("plans.action.budget", budget.get());
        fields.put("plans.action.actualCost", actualCost.get());
        fields.put("plans.action.notes", notes.get());
        return CopyText.lines(msg, fields);
    }

    private void levelChanged(RelationshipLevel l) {
        if (l == null) {
            return;
        }
        types.setAll(ActionType.forLevel(l));
        suggestions.setAll(ActionSuggestions.forLevel(l));
        if (type.get() != null && !types.contains(type.get())) {
            type.set(ActionType.OTHER);
        }
    }

    /** The types that fit the chosen level. */
    public ObservableList<ActionType> types() {
        return types;
    }

    /** The typical actions for the chosen level. */
    public ObservableList<ActionSuggestions.Suggestion> suggestions() {
        return suggestions;
    }

    /** Starts from a typical action: its title in the user's language, its type, and whether it recurs. */
    public void apply(ActionSuggestions.Suggestion s) {
        if (s == null) {
            return;
        }
        level.set(s.level());
        type.set(s.type());
        title.set(msg.get(s.titleKey()));
        recurring.set(s.recurring());
    }

    public boolean isNew() {
        return original.id() == null;
    }

    public int year() {
        return year;
    }

    /** The action as typed; call only when valid. */
    public PlanAction toAction() {
        Map<String, String> problems = new LinkedHashMap<>();
        PlanAction a = build(problems);
        if (!problems.isEmpty() || a == null) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return a;
    }

    @Override
    protected void check(Map<String, String> problems) {
        PlanAction a = build(problems);
        if (a != null) {
            add(problems, PlanRules.checkAction(a, year, ""));
        }
    }

    private PlanAction build(Map<String, String> problems) {
        BigDecimal b = decimal(formats, "budget", budget.get(), problems);
        BigDecimal cost = decimal(formats, "actualCost", actualCost.get(), problems);
        if (level.get() == null || month.get() == null) {
            problems.put(level.get() == null ? "level" : "month", msg.get("validation.required"));
            return null;
        }
        if (date.get() != null && date.get().getYear() != year) {
            problems.put("date", msg.get("plans.validation.actionYear", year));
            return null;
        }
        ActionStatus s = status.get() == null ? ActionStatus.PLANNED : status.get();
        LocalDate doneOn = s == ActionStatus.DONE
                ? (original.doneOn() != null ? original.doneOn() : today) : null;
        return new PlanAction(original.id(), original.planId(), title.get(), level.get(), type.get(),
                YearMonth.of(year, month.get()), date.get(), owner.get(), new ArrayList<>(contactIds), b, s, cost,
                effect.get(), notes.get(), recurring.get(), doneOn, original.version());
    }

    static List<Integer> months() {
        List<Integer> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(m);
        }
        return out;
    }
}
