package dev.rapport.ui.contacts;

import dev.rapport.domain.ContactPoint;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One phone or e-mail line of the contact form. */
public final class PointRow {
    public final ObjectProperty<ContactPoint.Kind> kind = new SimpleObjectProperty<>(ContactPoint.Kind.WORK);
    public final StringProperty value = new SimpleStringProperty("");

    public PointRow(ContactPoint.Kind kind, String value) {
        this.kind.set(kind);
        this.value.set(value);
    }

    ContactPoint toPoint() {
        return new ContactPoint(kind.get() == null ? ContactPoint.Kind.OTHER : kind.get(), value.get());
    }
}
