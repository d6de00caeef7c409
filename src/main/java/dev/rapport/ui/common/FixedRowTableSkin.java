package dev.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The skin of a table whose rows all have the same fixed height (the accounts and contacts
 * lists). Typing in the search box refills every visible row, and JavaFX then restyles each
 * row and all its cells from scratch, only to measure the row's height, which is fixed here.
 * This skin restyles a row only when something a style sheet can see has changed (a
 * pseudo-class such as :odd or :selected, a style class, an inline style, or the cells in it);
 * a row whose cells merely show other text keeps its styles.
 */
public final class FixedRowTableSkin<S> extends TableViewSkin<S> {
    /** JavaFX's own mark on a row that has never been styled (VirtualFlow.NEW_CELL). */
    private static final String NEW_CELL = "newcell";

    public FixedRowTableSkin(TableView<S> table) {
        super(table);
    }

    /** Gives the table this skin; its fixed cell size must be set. */
    public static <S> void install(TableView<S> table) {
        if (table.getFixedCellSize() <= 0) {
            throw new IllegalArgumentException("the table's rows have no fixed height");
        }
        table.setSkin(new FixedRowTableSkin<>(table));
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new Flow<>();
    }

    private static final class Flow<S> extends VirtualFlow<TableRow<S>> {
        @Override
        protected void setCellIndex(TableRow<S> row, int index) {
            if (getFixedCellSize() <= 0 || row.getScene() == null || row.getProperties().containsKey(NEW_CELL)) {
                super.setCellIndex(row, index);
                return;
            }
            List<Object> before = looks(row);
            row.updateIndex(index);
            if (!before.equals(looks(row))) {
                row.applyCss();
            }
        }

        /** What style sheets match on: the row's and its cells' pseudo-classes, style classes and inline styles. */
        private static List<Object> looks(TableRow<?> row) {
            List<Node> cells = row.getChildrenUnmodifiable();
            List<Object> looks = new ArrayList<>(3 * (cells.size() + 1));
            add(looks, row);
            for (int i = 0, n = cells.size(); i < n; i++) {
                add(looks, cells.get(i));
            }
            return looks;
        }

        private static void add(List<Object> looks, Node node) {
            looks.add(List.copyOf(node.getPseudoClassStates()));
            looks.add(List.copyOf(node.getStyleClass()));
            looks.add(node.getStyle());
        }
    }
}
