package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import java.text.CollationKey;
import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.Map;
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
    /**
     * The locale's alphabetical order (pinyin for Chinese). Collation keys are cached: a
     * collator comparing strings afresh made re-sorting 5,000 rows per keystroke too slow.
     */
    public static Comparator<String> textOrder(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        Map<String, CollationKey> keys = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CollationKey> eldest) {
                return size() > 200_000;
            }
        };
        return Comparator.nullsFirst(Comparator.comparing(
                (String text) -> keys.computeIfAbsent(text, collator::getCollationKey)));
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
