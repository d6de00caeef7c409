package dev.rapport.ui.exchange;

import dev.rapport.domain.DateOrder;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.Styles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import preview: the first rows of the file, the column each field comes from (changeable
 * per column), encoding and separator (detected, changeable), what to do with duplicates and
 * which account takes people without a company. "Trial run" checks everything without saving.
 */
final class ImportDialog extends Dialog<ButtonType> {
    static final int PREVIEW_ROWS = 50;
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, CsvTable.GB18030,
            Charset.forName("Big5"), StandardCharsets.UTF_16LE, Charset.forName("windows-1252"));

    private final Messages msg;
    private final ExchangeViewModel model;
    private final VBox body = new VBox(10);
    private final TextArea report = new TextArea();
    private final RadioButton skip;
    private final RadioButton merge;
    private final ComboBox<String> defaultAccount = new ComboBox<>();
    private final ButtonType importButton;
    private final ButtonType trialButton;
    private ExchangeViewModel.Preview preview;

    ImportDialog(Window owner, Messages msg, ExchangeViewModel model, ExchangeViewModel.Preview first,
            List<String> accountNames) {
        this.msg = msg;
        this.model = model;
        initOwner(owner);
        setTitle(msg.get("exchange.import.title", first.file().getFileName().toString()));
        setResizable(true);
        Styles.apply(getDialogPane());
        importButton = new ButtonType(msg.get("exchange.import.run"), ButtonBar.ButtonData.OK_DONE);
        trialButton = new ButtonType(msg.get("exchange.import.trial"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().setAll(trialButton, importButton,
                new ButtonType(msg.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ToggleGroup duplicates = new ToggleGroup();
        skip = new RadioButton(msg.get("exchange.import.skipDuplicates"));
        skip.setId(ImportDialogIds.SKIP);
        skip.setToggleGroup(duplicates);
        skip.setSelected(true);
        merge = new RadioButton(msg.get("exchange.import.mergeDuplicates"));
        merge.setId(ImportDialogIds.MERGE);
        merge.setToggleGroup(duplicates);
        defaultAccount.setEditable(true);
        defaultAccount.setId(ImportDialogIds.DEFAULT_ACCOUNT);
        defaultAccount.setItems(FXCollections.observableArrayList(accountNames));
        defaultAccount.setPromptText(msg.get("exchange.import.defaultAccountPrompt"));
        defaultAccount.setPrefWidth(280);
        report.setEditable(false);
        report.setPrefRowCount(6);
        report.setId(ImportDialogIds.REPORT);
        report.setVisible(false);
        report.managedProperty().bind(report.visibleProperty());
        getDialogPane().setPrefSize(980, 640);
        getDialogPane().setContent(body);
        show(first);
        // the trial run keeps the dialog open and shows the report in it
        getDialogPane().lookupButton(trialButton).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.importRows(preview, options(true), this::showReport);
        });
    }

    ExchangeViewModel.Preview preview() {
        return preview;
    }

    ExchangeViewModel.ImportChoices options(boolean dryRun) {
        return new ExchangeViewModel.ImportChoices(merge.isSelected(), defaultAccount.getEditor().getText(), dryRun);
    }

    boolean isImport(ButtonType type) {
        return type == importButton;
    }

    void showReport(ExchangeViewModel.Report r) {
        report.setText(String.join("\n", r.lines()));
        report.setVisible(true);
    }

    private void show(ExchangeViewModel.Preview p) {
        this.preview = p;
        body.getChildren().clear();
        body.setPadding(new Insets(4));
        if (p instanceof ExchangeViewModel.CsvPreview csv) {
            body.getChildren().add(formatRow(csv));
            TableView<List<String>> table = csvTable(csv);
            VBox.setVgrow(table, Priority.ALWAYS);
            body.getChildren().add(new Label(msg.get("exchange.import.mappingHint")));
            body.getChildren().add(table);
        } else {
            ImportBatch batch = ((ExchangeViewModel.VcardPreview) p).batch();
            body.getChildren().add(new Label(msg.get("exchange.import.cards", batch.rows().size())));
            TableView<List<String>> cards = cardTable(batch);
            VBox.setVgrow(cards, Priority.ALWAYS);
            body.getChildren().add(cards);
        }
        List<String> problems = model.problems(p);
        if (!problems.isEmpty()) {
            TextArea refused = new TextArea(String.join("\n", problems));
            refused.setId(ImportDialogIds.PROBLEMS);
            refused.setEditable(false);
            refused.setWrapText(true);
            refused.setPrefRowCount(Math.min(problems.size(), 4));
            body.getChildren().addAll(new Label(msg.get("exchange.import.previewProblems")), refused);
        }
        GridPane options = new GridPane();
        options.setHgap(10);
        options.setVgap(6);
        options.addRow(0, new Label(msg.get("exchange.import.duplicates")), new HBox(12, skip, merge));
        options.addRow(1, new Label(msg.get("exchange.import.defaultAccount")), defaultAccount);
        body.getChildren().addAll(options, report);
    }

    private HBox formatRow(ExchangeViewModel.CsvPreview csv) {
        ComboBox<Charset> charset = new ComboBox<>(FXCollections.observableArrayList(CHARSETS));
        if (!CHARSETS.contains(csv.table().charset())) {
            charset.getItems().add(csv.table().charset());
        }
        charset.setValue(csv.table().charset());
        charset.setId(ImportDialogIds.CHARSET);
        ComboBox<Character> separator = new ComboBox<>(FXCollections.observableArrayList(CsvTable.SEPARATORS));
        separator.setValue(csv.table().separator());
        separator.setId(ImportDialogIds.SEPARATOR);
        separator.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : separatorName(msg, c);
            }

            @Override
            public Character fromString(String s) {
                return null;
            }
        });
        BiConsumer<Charset, Character> reread = (cs, sep) -> model.read(csv.file(), cs, sep, this::show);
        charset.setOnAction(e -> reread.accept(charset.getValue(), separator.getValue()));
        separator.setOnAction(e -> reread.accept(charset.getValue(), separator.getValue()));
        ComboBox<DateOrder> dateOrder = new ComboBox<>(FXCollections.observableArrayList(DateOrder.values()));
        dateOrder.setId(ImportDialogIds.DATE_ORDER);
        Choices.of(dateOrder, DateOrder.values(), msg, false);
        dateOrder.setValue(csv.mapping().dateOrder());
        dateOrder.setOnAction(e -> csv.mapping().setDateOrder(dateOrder.getValue()));
        dateOrder.setTooltip(new javafx.scene.control.Tooltip(msg.get("exchange.import.dateOrderHint")));
        Label rows = new Label(msg.get("exchange.import.rows", csv.table().lines().size()));
        rows.getStyleClass().add("muted");
        HBox row = new HBox(10, new Label(msg.get("exchange.import.encoding")), charset,
                new Label(msg.get("exchange.import.separator")), separator,
                new Label(msg.get("exchange.import.dateOrder")), dateOrder, rows);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    static String separatorName(Messages msg, char c) {
        return switch (c) {
            case ',' -> msg.get("exchange.separator.comma");
            case ';' -> msg.get("exchange.separator.semicolon");
            case '\t' -> msg.get("exchange.separator.tab");
            default -> msg.get("exchange.separator.bar");
        };
    }

    private TableView<List<String>> csvTable(ExchangeViewModel.CsvPreview csv) {
        TableView<List<String>> table = new TableView<>();
        table.setId(ImportDialogIds.PREVIEW);
        List<String> header = csv.table().header();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> col = new TableColumn<>();
            ComboBox<ImportField> field = new ComboBox<>(FXCollections.observableArrayList(ImportField.values()));
            field.setId(ImportDialogIds.field(i));
            field.setValue(csv.mapping().field(i));
            field.setConverter(new StringConverter<>() {
                @Override
                public String toString(ImportField f) {
                    return f == null ? "" : ExchangeViewModel.fieldLabel(msg, f);
                }

                @Override
                public ImportField fromString(String s) {
                    return null;
                }
            });
            field.setOnAction(e -> {
                csv.mapping().set(column, field.getValue());
                // a field moved away from another column shows there as not imported
                for (TableColumn<List<String>, ?> other : table.getColumns()) {
                    VBox box = (VBox) other.getGraphic();
                    @SuppressWarnings("unchecked")
                    ComboBox<ImportField> otherField = (ComboBox<ImportField>) box.getChildren().get(0);
                    int index = table.getColumns().indexOf(other);
                    if (otherField.getValue() != csv.mapping().field(index)) {
                        otherField.setValue(csv.mapping().field(index));
                    }
                }
            });
            Label name = new Label(header.get(i));
            name.getStyleClass().add("muted");
            col.setGraphic(new VBox(2, field, name));
            col.setPrefWidth(170);
            col.setSortable(false);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(column < c.getValue().size()
                    ? abbreviate(c.getValue().get(column)) : ""));
            table.getColumns().add(col);
        }
        table.setItems(FXCollections.observableArrayList(csv.table().lines().stream().limit(PREVIEW_ROWS)
                .map(CsvTable.Line::cells).toList()));
        return table;
    }

    /** The cards as they will come in: name, account, phone, e-mail, birthday. */
    private TableView<List<String>> cardTable(ImportBatch batch) {
        TableView<List<String>> table = new TableView<>();
        table.setId(ImportDialogIds.CARDS);
        List<ImportField> fields = List.of(ImportField.NAME, ImportField.ACCOUNT, ImportField.PHONE_WORK,
                ImportField.EMAIL_WORK, ImportField.BIRTHDAY);
        for (int i = 0; i < fields.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> col = new TableColumn<>(ExchangeViewModel.fieldLabel(msg, fields.get(i)));
            col.setPrefWidth(170);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(column)));
            table.getColumns().add(col);
        }
        table.setItems(FXCollections.observableArrayList(batch.rows().stream().limit(PREVIEW_ROWS).map(r -> List.of(
                r.person() == null ? "" : r.person().name(), r.account() == null ? "" : r.account().name(),
                r.person() == null ? "" : r.person().primaryPhone(), r.person() == null ? "" : r.person().primaryEmail(),
                r.person() == null || r.person().birthday() == null ? "" : r.person().birthday().toString())).toList()));
        return table;
    }

    private static String abbreviate(String cell) {
        return cell.length() > 200 ? cell.substring(0, 200) + "…" : cell;
    }
}
