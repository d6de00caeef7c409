package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Table cells and orderings used by every list. */
public final class Tables {
    private Tables() {
    }

    /** Text sorted the way the user's language sorts (Chinese by pinyin in Chinese, ignoring case). */
    public static Comparator<String> textOrder(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.nullsFirst((a, b) -> collator.compare(a, b));
    }

    public static <S, E extends Enum<E>> void enumCells(TableColumn<S, E> column, Messages msg) {
        formattedCells(column, msg::of);
    }

    public static <S, T> void formattedCells(TableColumn<S, T> column, Function<T, String> format) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
    }

    public static <E extends Enum<E>> StringConverter<E> enumConverter(Messages msg) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return msg.of(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
