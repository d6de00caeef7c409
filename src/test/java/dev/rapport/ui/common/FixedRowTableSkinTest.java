package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fast table skin must never show a stale row: after each filter, every visible row shows
 * its item, with the right :odd/:even and :filled/:empty looks and a flag a cell sets by itself.
 */
class FixedRowTableSkinTest {
    private static final PseudoClass FLAG = PseudoClass.getPseudoClass("complaint-flag");
    private static Paint DEFAULT_TEXT;
    private final List<String> names = new ArrayList<>();
    private NarrowingFilteredList<String> rows;
    private TableView<String> table;

    @BeforeEach
    void showTable() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (int i = 0; i < 200; i++) {
            names.add((i % 3 == 0 ? "北方" : i % 3 == 1 ? "Nord " : "Müller ") + i);
        }
        ObservableList<String> all = FXCollections.observableArrayList(names);
        rows = new NarrowingFilteredList<>(all, s -> true);
        FxToolkit.setupStage(stage -> {
            table = new TableView<>(rows);
            TableColumn<String, String> name = new TableColumn<>("Name");
            name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            name.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    pseudoClassStateChanged(FLAG, !empty && item.endsWith("7"));
                }
            });
            table.getColumns().add(name);
            table.setFixedCellSize(24);
            FixedRowTableSkin.install(table);
            Scene scene = new Scene(table, 400, 600);
            scene.getStylesheets().add("data:text/css," + ".table-cell:complaint-flag{-fx-text-fill:red;}".replace("{", "%7B").replace("}", "%7D"));
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        DEFAULT_TEXT = WaitForAsyncUtils.asyncFx(() -> ((TableCell<?, ?>) table.lookup(".table-row-cell .table-cell"))
                .getTextFill()).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void everyVisibleRowShowsItsItemAfterNarrowingWideningAndReplacingTheFilter() throws Exception {
        List<Predicate<String>> filters = List.of(s -> s.startsWith("Nord"), s -> s.startsWith("Nord 1"),
                s -> s.startsWith("Nord 13"), s -> s.startsWith("Nord"), s -> true, s -> s.contains("北"),
                s -> s.startsWith("Müller 1"), s -> false, s -> s.endsWith("7"), s -> true);
        for (Predicate<String> filter : filters) {
            WaitForAsyncUtils.asyncFx(() -> rows.setPredicate(filter)).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> expected = names.stream().filter(filter).toList();
            WaitForAsyncUtils.asyncFx(() -> assertRowsShow(expected)).get(10, TimeUnit.SECONDS);
        }
    }

    private void assertRowsShow(List<String> expected) {
        int checked = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            @SuppressWarnings("unchecked")
            TableRow<String> row = (TableRow<String>) node;
            if (!row.isVisible() || row.getIndex() < 0) {
                continue;
            }
            int index = row.getIndex();
            TableCell<?, ?> cell = (TableCell<?, ?>) row.lookup(".table-cell");
            assertThat(row.getPseudoClassStates()).contains(PseudoClass.getPseudoClass(index % 2 == 0 ? "even" : "odd"));
            if (index < expected.size()) {
                String item = expected.get(index);
                assertThat(row.getItem()).as("row %d", index).isEqualTo(item);
                assertThat(cell.getText()).as("row %d's cell", index).isEqualTo(item);
                assertThat(cell.getPseudoClassStates().contains(FLAG)).as("flag of %s", item).isEqualTo(item.endsWith("7"));
                assertThat(cell.getTextFill()).as("styled flag of %s", item)
                        .isEqualTo(item.endsWith("7") ? Color.RED : DEFAULT_TEXT);
                assertThat(row.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("filled"));
                checked++;
            } else {
                assertThat(cell.getText()).as("empty row %d", index).isNull();
                assertThat(row.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("empty"));
            }
        }
        // 600 px at 24 px a row, less the header: at least 20 rows are on screen when there are items
        assertThat(checked).isGreaterThanOrEqualTo(Math.min(expected.size(), 20));
    }
}
