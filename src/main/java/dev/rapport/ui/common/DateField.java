package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Makes a DatePicker refuse dates that do not exist instead of quietly moving them: JavaFX's own
 * converter resolves 30 February to 28 February and throws on text that is not a date. Text that
 * is not a real date stays as typed, the field is marked with a message in the user's language,
 * and {@link #invalidProperty()} is true so that the editor's Save can wait until it is fixed.
 * An empty field is no error here: a required date keeps its own "Required" rule.
 */
public final class DateField {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A day above 12 in the example, so the order of day and month cannot be misread. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 24);

    private final DatePicker picker;
    private final Strict converter;
    private final Messages msg;
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Label errorLabel = new Label();
    private final Tooltip tooltip = new Tooltip();
    /** The picker's own hint, shown again once the text is a date. */
    private final Tooltip hint;

    private DateField(DatePicker picker, Messages msg) {
        this.picker = picker;
        this.msg = msg;
        this.converter = new Strict(msg.locale(), this);
        this.hint = picker.getTooltip();
        picker.setConverter(converter);
        if (picker.getPromptText() == null || picker.getPromptText().isEmpty()) {
            // shows the order of day, month and year this field reads
            picker.setPromptText(converter.toString(EXAMPLE));
        }
        errorLabel.getStyleClass().add("field-error");
        errorLabel.setWrapText(true);
        if (picker.getId() != null) {
            errorLabel.setId(picker.getId() + "-error");
        }
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(error.isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        tooltip.textProperty().bind(error);
        picker.getEditor().textProperty().addListener((obs, old, text) -> check(text));
        // a date the program puts in (a reload, a default) replaces whatever wrong text was there
        picker.valueProperty().addListener((obs, old, value) -> check(picker.getEditor().getText()));
        // a disabled date (e.g. "left on" while the person has not left) is not read, so it blocks nothing
        picker.disabledProperty().addListener((obs, old, off) -> check(picker.getEditor().getText()));
        check(picker.getEditor().getText());
    }

    /** Puts the strict converter on the picker; the returned field tells whether its text is a date. */
    public static DateField apply(DatePicker picker, Messages msg) {
        return new DateField(picker, msg);
    }

    /** True while the picker holds text that is not a real date. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    /** What is wrong with the typed text, in the user's language; empty when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A "field-error" line showing the problem, for editors that lay it out under the picker. */
    public Label errorLabel() {
        return errorLabel;
    }

    public DatePicker picker() {
        return picker;
    }

    private void check(String text) {
        Result r = picker.isDisabled() ? new Result(Kind.EMPTY, null) : converter.read(text);
        String problem = switch (r.kind) {
            case DATE, EMPTY -> "";
            case NO_SUCH_DAY -> msg.get("validation.date");
            case NOT_A_DATE -> msg.get("validation.notADate", converter.toString(EXAMPLE));
        };
        error.set(problem);
        invalid.set(!problem.isEmpty());
        picker.pseudoClassStateChanged(INVALID, !problem.isEmpty());
        picker.setTooltip(problem.isEmpty() ? hint : tooltip);
    }

    /**
     * The skin writes the value's text back into the editor after every commit; when the typed
     * text was refused that would wipe it (or show the old date as if it had been kept), so it is
     * put back, as typed, once the skin is done.
     */
    private void keepTyped(String typed) {
        LocalDate valueThen = picker.getValue();
        Platform.runLater(() -> {
            String now = picker.getEditor().getText();
            boolean skinRewrote = now == null || now.isEmpty() || now.equals(converter.toString(valueThen));
            if (skinRewrote && Objects.equals(valueThen, picker.getValue()) && !typed.equals(now)) {
                picker.getEditor().setText(typed);
            }
        });
    }

    enum Kind { EMPTY, DATE, NO_SUCH_DAY, NOT_A_DATE }

    record Result(Kind kind, LocalDate date) {
    }

    /**
     * Formats in the locale's short style with a four-digit year, as the picker did before, and
     * reads the same form strictly: a day that does not exist is refused, never moved.
     */
    public static final class Strict extends StringConverter<LocalDate> {
        private final DateTimeFormatter format;
        private final DateTimeFormatter parse;
        private final DateField owner;

        public Strict(Locale locale) {
            this(locale, null);
        }

        private Strict(Locale locale, DateField owner) {
            this.owner = owner;
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                    IsoChronology.INSTANCE, locale);
            // "y" (year of era) cannot be resolved strictly without an era, "u" (proleptic year) can;
            // the year takes four digits both ways, so "2/29/24" is refused rather than read as year 24
            String withYear = pattern.replaceAll("y+", "uuuu");
            this.format = DateTimeFormatter.ofPattern(withYear, locale);
            this.parse = new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(withYear).toFormatter(locale)
                    .withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : format.format(date);
        }

        /** The date typed, null when empty; text that is not a real date leaves the picker's value as it was. */
        @Override
        public LocalDate fromString(String text) {
            Result r = read(text);
            return switch (r.kind) {
                case EMPTY -> null;
                case DATE -> r.date;
                default -> {
                    if (owner == null) {
                        yield null;
                    }
                    owner.keepTyped(text);
                    yield owner.picker.getValue();
                }
            };
        }

        Result read(String text) {
            String s = text == null ? "" : text.strip();
            if (s.isEmpty()) {
                return new Result(Kind.EMPTY, null);
            }
            try {
                return new Result(Kind.DATE, LocalDate.from(parse.parse(s)));
            } catch (DateTimeException refused) {
                // the text has the right shape but names a day the calendar lacks, e.g. 30 February
                try {
                    parse.withResolverStyle(ResolverStyle.LENIENT).parse(s);
                    return new Result(Kind.NO_SUCH_DAY, null);
                } catch (DateTimeException notEvenShaped) {
                    return new Result(Kind.NOT_A_DATE, null);
                }
            }
        }

        /** Whether the text is empty or a real date. */
        public boolean accepts(String text) {
            Kind k = read(text).kind;
            return k == Kind.EMPTY || k == Kind.DATE;
        }
    }
}
