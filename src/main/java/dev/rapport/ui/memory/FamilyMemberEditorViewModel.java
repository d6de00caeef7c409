package dev.rapport.ui.memory;

import dev.rapport.ui.common.FormModel;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.MemoryRules;
import dev.rapport.domain.Relation;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The family member form: relation, name and a birthday whose year may be left empty. */
public final class FamilyMemberEditorViewModel extends FormModel<FamilyMember> {
    private FamilyMember original;
    private final LocalDate today;
    public final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(Relation.SPOUSE);
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<Integer> month = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> day = new SimpleObjectProperty<>();
    public final StringProperty year = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");

    public FamilyMemberEditorViewModel(FamilyMember member, Messages msg, LocalDate today) {
        super(msg);
        this.today = today;
        fill(member);
        watch(relation, name, month, day, year);
    }

    @Override
    public void fill(FamilyMember member) {
        original = member;
        relation.set(member.relation());
        name.set(member.name());
        notes.set(member.notes());
        Birthday b = member.birthday();
        month.set(b == null ? null : b.monthDay().getMonthValue());
        day.set(b == null ? null : b.monthDay().getDayOfMonth());
        year.set(b == null || b.year() == null ? "" : b.year().toString());
    }

    @Override
    public FamilyMember read() {
        return original;
    }

    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memory.family.name", name.get());
        fields.put("memory.family.notes", notes.get());
        return CopyText.lines(msg, fields);
    }

    public boolean isNew() {
        return original.isNew();
    }

    @Override
    protected void check(Map<String, String> problems) {
        FamilyMember m = build(problems);
        add(problems, MemoryRules.check(m, today));
    }

    private FamilyMember build(Map<String, String> problems) {
        Birthday b = birthday(month.get(), day.get(), year.get(), problems);
        return new FamilyMember(original.id(), original.contactId(), relation.get(), name.get(), b, notes.get(), original.version());
    }

    /** The member as typed; call only when valid. */
    public FamilyMember toMember() {
        Map<String, String> problems = new HashMap<>();
        FamilyMember m = build(problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return m;
    }
}
