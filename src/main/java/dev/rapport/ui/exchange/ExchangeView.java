package dev.rapport.ui.exchange;

import dev.rapport.domain.AccountListItem;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Styles;
import dev.rapport.ui.common.UiKit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Import…, Export and PDF buttons of the accounts screen, with their shortcuts:
 * Ctrl+I imports a file, Ctrl+P writes the selected account's summary.
 */
public final class ExchangeView {
    private final Messages msg;
    private final ExchangeViewModel model;
    private final FileDialogs files;
    private final ObservableValue<AccountListItem> selected;
    private final Supplier<List<AccountListItem>> listed;
    private final HBox node;

    /**
     * @param selected the account a PDF is written of
     * @param listed the accounts listed now (search and filters applied): the batch of PDFs
     */
    public ExchangeView(UiKit kit, ExchangeViewModel model, FileDialogs files, ObservableValue<AccountListItem> selected,
            Supplier<List<AccountListItem>> listed) {
        this.msg = kit.messages();
        this.model = model;
        this.files = files;
        this.selected = selected;
        this.listed = listed;

        Button importButton = new Button(msg.get("exchange.action.import"), new FontIcon("mdi2f-file-import-outline"));
        importButton.setId(ExchangeIds.IMPORT);
        importButton.setTooltip(new Tooltip(msg.get("exchange.action.import") + "  (" + shortcut(KeyCode.I) + ")"));
        importButton.setOnAction(e -> importFile());

        MenuButton export = new MenuButton(msg.get("exchange.action.export"), new FontIcon("mdi2f-file-export-outline"));
        export.setId(ExchangeIds.EXPORT);
        export.getItems().addAll(
                item("exchange.export.accountsCsv", ExchangeIds.EXPORT_ACCOUNTS_CSV, ExchangeViewModel.ExportKind.ACCOUNTS_CSV),
                item("exchange.export.peopleCsv", ExchangeIds.EXPORT_PEOPLE_CSV, ExchangeViewModel.ExportKind.PEOPLE_CSV),
                item("exchange.export.interactionsCsv", ExchangeIds.EXPORT_INTERACTIONS_CSV,
                        ExchangeViewModel.ExportKind.INTERACTIONS_CSV),
                item("exchange.export.actionsCsv", ExchangeIds.EXPORT_ACTIONS_CSV, ExchangeViewModel.ExportKind.PLAN_ACTIONS_CSV),
                item("exchange.export.peopleVcard", ExchangeIds.EXPORT_PEOPLE_VCARD, ExchangeViewModel.ExportKind.PEOPLE_VCARD),
                item("exchange.export.calendar", ExchangeIds.EXPORT_CALENDAR, ExchangeViewModel.ExportKind.CALENDAR));
        MenuItem batch = new MenuItem(msg.get("exchange.export.pdfs"));
        batch.setId(ExchangeIds.EXPORT_PDFS);
        batch.setOnAction(e -> exportListedPdfs());
        export.getItems().add(batch);

        Button pdf = new Button(msg.get("exchange.action.pdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setId(ExchangeIds.PDF);
        pdf.setTooltip(new Tooltip(msg.get("exchange.action.pdf") + "  (" + shortcut(KeyCode.P) + ")"));
        pdf.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.getValue() == null, selected));
        pdf.setOnAction(e -> exportSelectedPdf());

        node = new HBox(6, importButton, export, pdf);
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    public Node node() {
        return node;
    }

    public ExchangeViewModel model() {
        return model;
    }

    private static String shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::importFile);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            // only while the accounts screen is the one showing
            if (node.getScene() != null && node.isVisible() && selected.getValue() != null) {
                exportSelectedPdf();
            }
        });
    }

    private Window window() {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    private MenuItem item(String key, String id, ExchangeViewModel.ExportKind kind) {
        MenuItem item = new MenuItem(msg.get(key));
        item.setId(id);
        item.setOnAction(e -> export(kind));
        return item;
    }

    /** Import…: choose a file, preview and map its columns, import, show the report. */
    public void importFile() {
        files.openFile(msg.get("exchange.import.choose"), List.of(
                new FileDialogs.Filter(msg.get("exchange.filter.importable"), List.of("*.csv", "*.txt", "*.vcf", "*.vcard")),
                new FileDialogs.Filter(msg.get("exchange.filter.csv"), List.of("*.csv", "*.txt")),
                new FileDialogs.Filter(msg.get("exchange.filter.vcard"), List.of("*.vcf", "*.vcard"))))
                .ifPresent(file -> model.read(file, null, null, this::preview));
    }

    private void preview(ExchangeViewModel.Preview preview) {
        List<String> accountNames = listed.get().stream().map(i -> i.account().name()).sorted().toList();
        ImportDialog dialog = new ImportDialog(window(), msg, model, preview, accountNames);
        dialog.showAndWait().filter(dialog::isImport)
                .ifPresent(b -> model.importRows(dialog.preview(), dialog.options(false), this::showReport));
    }

    private void showReport(ExchangeViewModel.Report report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(msg.get("exchange.report.title"));
        dialog.setResizable(true);
        Styles.apply(dialog.getDialogPane());
        TextArea text = new TextArea(String.join("\n", report.lines()));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 360);
        dialog.getDialogPane().setContent(text);
        ButtonType save = new ButtonType(msg.get("exchange.report.save"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            files.saveFile(msg.get("exchange.report.save"), "import-report.txt",
                    List.of(new FileDialogs.Filter(msg.get("exchange.filter.text"), List.of("*.txt"))))
                    .ifPresent(file -> model.saveReport(report, file));
        });
        dialog.showAndWait();
    }

    private void export(ExchangeViewModel.ExportKind kind) {
        char separator = ',';
        ExchangeViewModel.Vcard version = ExchangeViewModel.Vcard.V3_0;
        String name;
        FileDialogs.Filter filter;
        switch (kind) {
            case ACCOUNTS_CSV, PEOPLE_CSV, INTERACTIONS_CSV, PLAN_ACTIONS_CSV -> {
                Optional<Character> sep = choose(msg.get("exchange.export.separator"), List.of(',', ';', '\t'), ',',
                        c -> ImportDialog.separatorName(msg, c));
                if (sep.isEmpty()) {
                    return;
                }
                separator = sep.get();
                name = switch (kind) {
                    case ACCOUNTS_CSV -> "accounts.csv";
                    case PEOPLE_CSV -> "people.csv";
                    case PLAN_ACTIONS_CSV -> "plan-actions.csv";
                    default -> "contact-log.csv";
                };
                filter = new FileDialogs.Filter(msg.get("exchange.filter.csv"), List.of("*.csv"));
            }
            case PEOPLE_VCARD -> {
                Optional<ExchangeViewModel.Vcard> v = choose(msg.get("exchange.export.vcardVersion"),
                        List.of(ExchangeViewModel.Vcard.values()), ExchangeViewModel.Vcard.V3_0,
                        ExchangeViewModel.Vcard::label);
                if (v.isEmpty()) {
                    return;
                }
                version = v.get();
                name = "people.vcf";
                filter = new FileDialogs.Filter(msg.get("exchange.filter.vcard"), List.of("*.vcf"));
            }
            default -> {
                name = "birthdays.ics";
                filter = new FileDialogs.Filter(msg.get("exchange.filter.calendar"), List.of("*.ics"));
            }
        }
        char sep = separator;
        ExchangeViewModel.Vcard ver = version;
        files.saveFile(msg.get("exchange.export.choose"), name, List.of(filter))
                .ifPresent(file -> model.export(kind, file, sep, ver));
    }

    private <T> Optional<T> choose(String header, List<T> choices, T preset, java.util.function.Function<T, String> label) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(preset, choices);
        dialog.initOwner(window());
        dialog.setTitle(msg.get("exchange.action.export"));
        dialog.setHeaderText(header);
        Styles.apply(dialog.getDialogPane());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<T> box = (javafx.scene.control.ComboBox<T>) dialog.getDialogPane()
                .lookup(".combo-box");
        if (box != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : label.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
        }
        return dialog.showAndWait();
    }

    /** Export PDF: the selected account's summary, opened once written. */
    public void exportSelectedPdf() {
        exportPdf(selected.getValue());
    }

    /**
     * An account's summary as PDF: asks where, writes it in the background and opens it. The
     * header's button, Ctrl+P and the account detail's button all come here.
     */
    public void exportPdf(AccountListItem item) {
        if (item == null) {
            return;
        }
        files.saveFile(msg.get("exchange.action.pdf"), ExchangeViewModel.pdfName(item.account().name()),
                List.of(new FileDialogs.Filter(msg.get("exchange.filter.pdf"), List.of("*.pdf"))))
                .ifPresent(file -> model.exportPdf(item.account().id(), file, files::open));
    }

    /** One PDF per account in the list as filtered now, into a folder. */
    public void exportListedPdfs() {
        List<Long> ids = listed.get().stream().map(i -> i.account().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Optional<Path> folder = files.chooseFolder(msg.get("exchange.export.pdfsFolder", ids.size()));
        folder.ifPresent(dir -> model.exportPdfs(ids, dir, written -> { }));
    }
}
