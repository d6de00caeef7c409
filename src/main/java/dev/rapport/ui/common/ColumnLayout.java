package dev.rapport.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A list's columns as the rep leaves them: which are shown (the header's menu button at its
 * right chooses), their order and widths, put back when Rapport starts again. At 1280x720 the
 * people list's nine columns were each cut to a few letters; a rep keeps the ones they read.
 */
public final class ColumnLayout {
    /** One column as kept: "id:1:170" (shown, 170 px wide); a width of NaN keeps the column's own. */
    record Kept(String id, boolean visible, double width) {
    }

    private static final double MIN_WIDTH = 40;
    private static final double MAX_WIDTH = 2000;

    private ColumnLayout() {
    }

    /**
     * Puts the kept layout back (or, the first time, hides {@code hiddenAtFirst}) and keeps every
     * later change. Call once the list has all its columns.
     *
     * @param list the name the layout is kept under
     */
    public static <S> void keep(TableView<S> table, String list, ColumnLayoutViewModel model, Set<String> hiddenAtFirst) {
        table.setTableMenuButtonVisible(true);
        model.saved(list).map(ColumnLayout::decode).ifPresentOrElse(kept -> apply(table, kept),
                () -> table.getColumns().forEach(c -> c.setVisible(!hiddenAtFirst.contains(c.getId()))));
        Runnable save = () -> model.keep(list, encode(table.getColumns()));
        for (TableColumn<S, ?> c : table.getColumns()) {
            c.visibleProperty().addListener(x -> save.run());
            c.widthProperty().addListener(x -> save.run());
        }
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> save.run());
    }

    /** Reorders, shows or hides and sizes the columns the layout names; others keep their place after them. */
    static <S> void apply(TableView<S> table, List<Kept> kept) {
        Map<String, TableColumn<S, ?>> byId = new LinkedHashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (Kept k : kept) {
            TableColumn<S, ?> c = byId.remove(k.id());
            if (c != null) {
                c.setVisible(k.visible());
                if (!Double.isNaN(k.width())) {
                    c.setPrefWidth(k.width());
                }
                order.add(c);
            }
        }
        order.addAll(byId.values()); // columns added since the layout was kept
        if (order.stream().noneMatch(TableColumn::isVisible)) {
            order.forEach(c -> c.setVisible(true)); // a list with no column would look empty, not hidden
        }
        table.getColumns().setAll(order);
    }

    static String encode(List<? extends TableColumn<?, ?>> columns) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> c : columns) {
            if (c.getId() != null) {
                parts.add(c.getId() + ":" + (c.isVisible() ? 1 : 0) + ":"
                        + String.format(Locale.ROOT, "%.1f", c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth()));
            }
        }
        return String.join(",", parts);
    }

    /**
     * The kept columns; a part that cannot be read (a hand-edited file) is left out, never an
     * error, and a width that cannot be right (under {@value #MIN_WIDTH} px, over
     * {@value #MAX_WIDTH}, not a number, missing) is forgotten: the column keeps its own width,
     * where a clamp to a few pixels left a column "shown" but unreadable.
     */
    static List<Kept> decode(String text) {
        List<Kept> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String part : text.split(",")) {
            String[] f = part.trim().split(":", -1);
            if (f.length < 2 || f.length > 3 || f[0].isBlank() || !(f[1].equals("0") || f[1].equals("1"))
                    || !seen.add(f[0])) {
                continue;
            }
            out.add(new Kept(f[0], f[1].equals("1"), f.length == 3 ? width(f[2]) : Double.NaN));
        }
        return out;
    }

    private static double width(String text) {
        try {
            double width = Double.parseDouble(text);
            return width >= MIN_WIDTH && width <= MAX_WIDTH ? width : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
