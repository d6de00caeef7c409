package dev.rapport.ui.memory;

import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Relation;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.EditorSave;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Add or edit someone in a contact's family; stays open until the save succeeded. */
public final class FamilyMemberEditor extends FormEditor<FamilyMember> {
    private final FamilyMemberEditorViewModel form;

    public FamilyMemberEditor(Window owner, FamilyMember member, Messages msg, LocalDate today, String stylesheet,
            EditorSave<FamilyMember> save) {
        super(owner, msg, msg.get(member.isNew() ? "memory.family.new" : "memory.family.edit"), stylesheet);
        this.form = new FamilyMemberEditorViewModel(member, msg, today);
        ComboBox<Relation> relation = new ComboBox<>();
        relation.setId(FamilyMemberEditorIds.RELATION);
        Choices.of(relation, Relation.values(), msg, false);
        relation.valueProperty().bindBidirectional(form.relation);
        TextField name = new TextField();
        name.setId(FamilyMemberEditorIds.NAME);
        name.textProperty().bindBidirectional(form.name);
        ComboBox<Integer> month = new ComboBox<>();
        month.setId(FamilyMemberEditorIds.MONTH);
        month.setPromptText(msg.get("contact.birthday.month"));
        Choices.fill(month, IntStream.rangeClosed(1, 12).boxed().toList(),
                m -> m == null ? msg.get("choice.none") : Month.of(m).getDisplayName(TextStyle.FULL, msg.locale()), true);
        month.valueProperty().bindBidirectional(form.month);
        ComboBox<Integer> day = new ComboBox<>();
        day.setId(FamilyMemberEditorIds.DAY);
        day.setPromptText(msg.get("contact.birthday.day"));
        Choices.fill(day, IntStream.rangeClosed(1, 31).boxed().toList(),
                d -> d == null ? msg.get("choice.none") : d.toString(), true);
        day.valueProperty().bindBidirectional(form.day);
        TextField year = new TextField();
        year.setId(FamilyMemberEditorIds.YEAR);
        year.setPrefColumnCount(5);
        year.setPromptText(msg.get("contact.birthday.year"));
        year.textProperty().bindBidirectional(form.year);
        TextField notes = new TextField();
        notes.setId(FamilyMemberEditorIds.NOTES);
        notes.textProperty().bindBidirectional(form.notes);
        row("memory.family.relation", relation, form.errors(), null);
        row("memory.family.name", name, form.errors(), "name");
        row("contact.birthday", new HBox(6, month, day, year), form.errors(), "birthday");
        row("memory.family.notes", notes, form.errors(), null);
        buttons(form, form::toMember, save, name);
    }

    FamilyMemberEditorViewModel form() {
        return form;
    }
}
