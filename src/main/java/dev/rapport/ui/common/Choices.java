package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes over enums and small value lists, showing each value in the user's language. */
public final class Choices {
    private Choices() {
    }

    /** Fills the box with the enum's values; an optional box also offers "not set" (null). */
    public static <E extends Enum<E>> void of(ComboBox<E> box, E[] values, Messages msg, boolean optional) {
        fill(box, Arrays.asList(values), v -> v == null ? msg.get("choice.none") : msg.of(v), optional);
    }

    public static <T> void fill(ComboBox<T> box, List<T> values, Function<T, String> label, boolean optional) {
        List<T> items = new ArrayList<>();
        if (optional) {
            items.add(null);
        }
        items.addAll(values);
        box.setItems(FXCollections.observableList(items));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }
}
