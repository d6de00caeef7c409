package dev.rapport.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of each kind of control the screens are made of, styled and laid out in a scene of its own,
 * nothing of it shown or kept, one kind per spare frame once the window is open ({@link Pacer#spare}).
 * A control's first styling pays for its classes, its skin and the style sheet's first match; paid
 * all in one frame when a screen first opened, that held the window for a few hundred ms on a cold
 * start (issue 18). Paid here a kind at a time while the rep reads Today, it is gone by the time
 * they open Accounts.
 */
public final class ControlWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(ControlWarmUp.class);

    private ControlWarmUp() {
    }

    /** The steps, one kind of control each, for {@link Pacer#spare}. */
    public static List<Runnable> steps(String stylesheet) {
        return samples().stream().<Runnable>map(sample -> () -> style(sample, stylesheet)).toList();
    }

    /**
     * The samples, roughly in the order the screens use them, then a few screenfuls of table cells
     * and labels in small pieces: styling a few hundred cells compiles the toolkit's styling code
     * from interpreted to native, which is most of what a screen's first fill costs on a cold start.
     */
    static List<Supplier<Node>> samples() {
        List<Supplier<Node>> all = new java.util.ArrayList<>(kinds());
        // small pieces: a step is one frame's work, and the first ones run on a cold machine
        for (int i = 0; i < 12; i++) {
            all.add(() -> table(6, 3));
            all.add(() -> labels(12));
        }
        return all;
    }

    /** One of each kind of control. */
    private static List<Supplier<Node>> kinds() {
        return List.of(
                () -> labels(2),
                () -> new VBox(new Button("a"), new ToggleButton("b")),
                () -> TextFields.createClearableTextField(),
                () -> new TextField("Rapport 客户"),
                () -> new PasswordField(),
                () -> new ComboBox<>(words()),
                () -> checkCombo(),
                () -> table(3, 0),
                () -> table(3, 4),
                () -> new ListView<>(words()),
                () -> new SplitPane(new Label("a"), new Label("b")),
                () -> new ScrollPane(new VBox(new Label("a"), new Label("b"))),
                () -> new TabPane(new Tab("a", new Label("a")), new Tab("b", new Label("b"))),
                () -> new TextArea("Rapport 客户"),
                () -> new DatePicker(),
                () -> new Spinner<Integer>(0, 10, 1),
                () -> new VBox(new CheckBox("a"), new RadioButton("b"), new ToggleButton("c"), new Hyperlink("d"),
                        new Button("e")),
                () -> new MenuButton("a", null, new MenuItem("b")),
                () -> new VBox(new ProgressBar(0.5), new ProgressIndicator(-1)),
                () -> chart(new BarChart<>(new CategoryAxis(), new NumberAxis())),
                () -> chart(new StackedBarChart<>(new CategoryAxis(), new NumberAxis())));
    }

    private static ObservableList<String> words() {
        return FXCollections.observableArrayList("A", "B", "华为", "Contoso");
    }

    private static Node checkCombo() {
        CheckComboBox<String> box = new CheckComboBox<>(words());
        box.getCheckModel().check(0);
        return box;
    }

    private static Node table(int columns, int rows) {
        TableView<String> table = new TableView<>();
        for (int c = 0; c < columns; c++) {
            TableColumn<String, String> column = new TableColumn<>("列 " + c);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
            table.getColumns().add(column);
        }
        table.setFixedCellSize(26);
        FixedRowTableSkin.install(table);
        for (int r = 0; r < rows; r++) {
            table.getItems().add("客户 Account " + r);
        }
        return table;
    }

    /** Rows of labels as Today and the detail panes show them: a title, a muted line, a badge. */
    private static Node labels(int rows) {
        VBox box = new VBox(4);
        for (int r = 0; r < rows; r++) {
            Label what = new Label("客户 Account " + r);
            what.getStyleClass().add("agenda-what");
            Label detail = new Label("华为 · 2026-12-07");
            detail.getStyleClass().add("muted");
            Label badge = new Label("A");
            badge.getStyleClass().addAll("badge", "tier-A");
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, badge, new VBox(2, what, detail));
            row.getStyleClass().add("agenda-row");
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node chart(XYChart<String, Number> chart) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().add(new XYChart.Data<>("A", 3));
        series.getData().add(new XYChart.Data<>("B", 5));
        chart.getData().add(series);
        chart.setAnimated(false);
        return chart;
    }

    /** Styles and lays out one sample in a throwaway scene; a sample that fails only costs its warm-up. */
    static void style(Supplier<Node> sample, String stylesheet) {
        try {
            StackPane root = new StackPane(sample.get());
            Scene scene = new Scene(root, 480, 320);
            scene.getStylesheets().add(stylesheet);
            root.applyCss();
            root.layout();
        } catch (RuntimeException e) {
            LOG.debug("warm-up sample failed; the screen that uses it will style it itself", e);
        }
    }
}
