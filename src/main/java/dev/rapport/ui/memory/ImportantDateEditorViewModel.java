package dev.rapport.ui.memory;

import dev.rapport.ui.common.FormModel;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.MemoryRules;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import java.time.LocalDate;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The important date form: kind, title (needed for a custom date), the date, yearly or once. */
public final class ImportantDateEditorViewModel extends FormModel<ImportantDate> {
    private ImportantDate original;
    public final ObjectProperty<DateKind> kind = new SimpleObjectProperty<>(DateKind.WORK_ANNIVERSARY);
    public final StringProperty title = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final BooleanProperty yearly = new SimpleBooleanProperty(true);

    public ImportantDateEditorViewModel(ImportantDate d, Messages msg) {
        super(msg);
        fill(d);
        watch(kind, title, date, yearly);
    }

    @Override
    public void fill(ImportantDate d) {
        original = d;
        kind.set(d.kind());
        title.set(d.title());
        date.set(d.date());
        yearly.set(d.yearly());
    }

    @Override
    public ImportantDate read() {
        return original;
    }

    @Override
    public String copyText() {
        return CopyText.lines(msg, Map.of("memory.date.title", title.get()));
    }

    public boolean isNew() {
        return original.isNew();
    }

    @Override
    protected void check(Map<String, String> problems) {
        add(problems, MemoryRules.check(toDate()));
    }

    /** The date as typed; save only when valid. */
    public ImportantDate toDate() {
        return new ImportantDate(original.id(), original.contactId(), original.accountId(), kind.get(), title.get(),
                date.get(), yearly.get(), original.version());
    }
}
