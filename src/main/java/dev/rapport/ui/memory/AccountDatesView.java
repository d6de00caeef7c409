package dev.rapport.ui.memory;

import dev.rapport.domain.DateKind;
import dev.rapport.domain.ImportantDate;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.UiKit;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The account detail's important dates: partnership anniversary and other dates of the whole account. */
public final class AccountDatesView {
    private final Messages msg;
    private final Formats formats;
    private final AccountDatesViewModel model;
    private final String stylesheet;
    private final OpenEditors editors;
    private final VBox root = new VBox(6);
    private final ListView<ImportantDate> list = new ListView<>();

    public AccountDatesView(UiKit kit, AccountDatesViewModel model, String stylesheet) {
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.stylesheet = stylesheet;
        this.editors = kit.editors();
        this.model = model;
        Label title = new Label(msg.get("memory.accountDates"));
        title.getStyleClass().add("subsection-title");
        Button add = new Button(msg.get("memory.add"), new FontIcon("mdi2c-calendar-plus"));
        add.setId(AccountDatesIds.ADD);
        add.setOnAction(e -> edit(ImportantDate.ofAccount(model.accountId(), DateKind.PARTNERSHIP_ANNIVERSARY, "",
                null, true)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        list.setId(AccountDatesIds.LIST);
        list.setItems(model.dates());
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(msg.get("memory.dates.none")));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ImportantDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : MemoryText.title(msg, d) + " · " + formats.date(d.date()) + " · "
                        + msg.get(d.yearly() ? "memory.date.everyYear" : "memory.date.once"));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                edit(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            ImportantDate d = list.getSelectionModel().getSelectedItem();
            if (d != null && e.getCode() == KeyCode.DELETE) {
                model.delete(d);
                e.consume();
            } else if (d != null && e.getCode() == KeyCode.ENTER) {
                edit(d);
                e.consume();
            }
        });
        root.getChildren().addAll(header, list);
    }

    private void edit(ImportantDate d) {
        editors.showAndWait(OpenEditors.Key.of(OpenEditors.Kind.IMPORTANT_DATE, d.id()),
                () -> new ImportantDateEditor(root.getScene().getWindow(), d, msg, stylesheet,
                        model.editorSave(new FxTextClipboard()))).ifPresent(model::saved);
    }

    public Node node() {
        return root;
    }

    /** Shows the dates of an account, or none with null. */
    public void show(Long accountId) {
        model.show(accountId);
    }
}
