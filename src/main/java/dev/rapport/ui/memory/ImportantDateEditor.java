package dev.rapport.ui.memory;

import dev.rapport.domain.DateKind;
import dev.rapport.domain.ImportantDate;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.EditorSave;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Add or edit an important date of a contact or an account; stays open until the save succeeded. */
public final class ImportantDateEditor extends FormEditor<ImportantDate> {

    public ImportantDateEditor(Window owner, ImportantDate date, Messages msg, String stylesheet,
            EditorSave<ImportantDate> save) {
        super(owner, msg, msg.get(date.isNew() ? "memory.date.new" : "memory.date.edit"), stylesheet);
        ImportantDateEditorViewModel form = new ImportantDateEditorViewModel(date, msg);
        ComboBox<DateKind> kind = new ComboBox<>();
        kind.setId(ImportantDateEditorIds.KIND);
        Choices.of(kind, DateKind.values(), msg, false);
        kind.valueProperty().bindBidirectional(form.kind);
        TextField title = new TextField();
        title.setId(ImportantDateEditorIds.TITLE);
        title.setPromptText(msg.get("memory.date.title.prompt"));
        title.textProperty().bindBidirectional(form.title);
        DatePicker picker = new DatePicker();
        picker.setId(ImportantDateEditorIds.DATE);
        picker.valueProperty().bindBidirectional(form.date);
        CheckBox yearly = new CheckBox(msg.get("memory.date.yearly"));
        yearly.setId(ImportantDateEditorIds.YEARLY);
        yearly.selectedProperty().bindBidirectional(form.yearly);
        row("memory.date.kind", kind, form.errors(), null);
        row("memory.date.title", title, form.errors(), "title");
        dateRow("memory.date.date", picker, form.errors(), "date");
        row("memory.date.repeat", yearly, form.errors(), null);
        buttons(form, form::toDate, save, kind);
    }
}
