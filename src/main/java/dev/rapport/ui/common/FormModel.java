package dev.rapport.ui.common;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.FieldProblem;
import dev.rapport.i18n.Messages;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * A small form's state: its problems per field, re-checked on every change; valid when there are
 * none. It holds the record it was filled with, so that a save refused by a newer change can be
 * reloaded ({@link #fill}), saved over ({@link #read} names the version) or copied ({@link #copyText}).
 *
 * @param <T> the record the form edits
 */
public abstract class FormModel<T> {
    protected final Messages msg;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanBinding valid = Bindings.createBooleanBinding(errors::isEmpty, errors);
    /** The problems the form shows: all of them, except a quiet field's until the user changed something. */
    private final ObservableMap<String, String> shown = FXCollections.observableHashMap();
    private final java.util.Set<String> quiet = new java.util.HashSet<>();
    private boolean edited;

    protected FormModel(Messages msg) {
        this.msg = msg;
    }

    /**
     * Puts the record into the form, as after a Reload that drops what was typed, with the version
     * the next save names.
     */
    public abstract void fill(T record);

    /** The record as this form read it (or last reloaded it). */
    public abstract T read();

    /**
     * What the user typed into the text fields, one "Label: value" per line (empty ones left out),
     * for "Copy my text" when the save was refused.
     */
    public abstract String copyText();

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /**
     * The problems to show under the fields: {@link #errors()} but for the fields named
     * {@link #quietUntilEdited quiet}, whose problem waits until the user has changed anything.
     */
    public ObservableMap<String, String> shownErrors() {
        return shown;
    }

    /**
     * Keeps these fields' problems (a field left empty) out of {@link #shownErrors()} until the user
     * has changed any field: a form that opens with "Required." under a field nobody has typed in yet
     * scolds before it is used. Save stays disabled all the same.
     */
    protected final void quietUntilEdited(String... fields) {
        quiet.addAll(List.of(fields));
        publish();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    protected final void watch(Observable... fields) {
        for (Observable o : fields) {
            o.addListener(x -> {
                edited = true;
                validate();
            });
        }
        validate();
    }

    /**
     * Fields no rule reads (notes, tags) that still count as the rep having started: typing in them
     * shows a {@link #quietUntilEdited quiet} field's problem, as a checked field would.
     */
    protected final void touchedBy(Observable... fields) {
        for (Observable o : fields) {
            o.addListener(x -> {
                if (!edited) {
                    edited = true;
                    publish();
                }
            });
        }
    }

    /** Puts the form's problems (field -> localized text) into the map. */
    protected abstract void check(Map<String, String> problems);

    protected final void validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems);
        errors.keySet().retainAll(problems.keySet());
        errors.putAll(problems);
        publish();
    }

    private void publish() {
        Map<String, String> visible = new LinkedHashMap<>(errors);
        if (!edited) {
            visible.keySet().removeAll(quiet);
        }
        shown.keySet().retainAll(visible.keySet());
        shown.putAll(visible);
    }

    protected final void add(Map<String, String> problems, List<FieldProblem> found) {
        for (FieldProblem p : found) {
            problems.putIfAbsent(p.field(), msg.of(p));
        }
    }

    /** Larger than any amount a form saves: a thousand million million. */
    private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(15);

    /**
     * A number typed into a text field, or null when empty or wrong; a wrong one is noted under the
     * field's name, a decimal typed with a comma ("8,5") with the reading the user most likely meant.
     */
    protected final BigDecimal decimal(Formats formats, String field, String text, Map<String, String> problems) {
        try {
            BigDecimal n = formats.parseDecimal(text).orElse(null);
            if (n != null && n.abs().compareTo(TOO_LARGE) >= 0) {
                // the database keeps 17 digits before the point; a longer number failed only at Save
                problems.put(field, msg.get("validation.tooLarge"));
                return null;
            }
            return n;
        } catch (Formats.DecimalMarkException e) {
            problems.put(field, e.suggestion() == null ? msg.get("validation.groupingMark")
                    : msg.get("validation.decimalMark", e.suggestion()));
        } catch (NumberFormatException e) {
            problems.put(field, msg.get("validation.number"));
        }
        return null;
    }

    /**
     * A whole number typed into a text field (days, years), or null when empty or wrong: "2.5" is
     * told it must be whole, not that it is no number; full-width digits read as their ASCII twins.
     */
    protected final Integer wholeNumber(String field, String text, Map<String, String> problems) {
        String s = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("[-+]?\\d+")) {
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                problems.put(field, msg.get("validation.tooLarge"));
                return null;
            }
        }
        problems.put(field, msg.get(s.matches("[-+]?\\d*[.,。]\\d+") ? "validation.wholeNumber" : "validation.number"));
        return null;
    }

    /** A birthday from month, day and an optional year as typed; null when all are empty or it is wrong. */
    protected final Birthday birthday(Integer m, Integer d, String yearText, Map<String, String> problems) {
        String y = yearText == null ? "" : yearText.strip();
        if (m == null && d == null && y.isEmpty()) {
            return null;
        }
        if (m == null || d == null) {
            problems.put("birthday", msg.get("validation.birthdayIncomplete"));
            return null;
        }
        try {
            return new Birthday(MonthDay.of(m, d), y.isEmpty() ? null : Integer.valueOf(y));
        } catch (NumberFormatException e) {
            problems.put("birthday", msg.get("validation.year"));
        } catch (RuntimeException e) {
            problems.put("birthday", msg.get("validation.date"));
        }
        return null;
    }
}
