package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The strip at the top of an editor whose save was refused by a newer change: what happened and
 * the three choices (Reload, Keep mine, Copy my text); also "Saving…" while a save runs. Lays out
 * and binds; the choices are the editor's {@link EditorSave}.
 */
public final class ConflictBar extends VBox {
    public static final String BOX_ID = "conflict-box";
    public static final String MESSAGE_ID = "conflict-message";
    public static final String RELOAD_ID = "conflict-reload";
    public static final String KEEP_MINE_ID = "conflict-keep-mine";
    public static final String COPY_ID = "conflict-copy";
    public static final String SAVING_ID = "editor-saving";

    public ConflictBar(EditorSave<?> save, Messages msg, Runnable reload, Runnable keepMine, Runnable copy) {
        setSpacing(6);
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        message.textProperty().bind(save.conflictMessage());
        Label copied = new Label();
        Button reloadButton = new Button(msg.get("conflict.reload"));
        reloadButton.setId(RELOAD_ID);
        reloadButton.setOnAction(e -> reload.run());
        Button keepMineButton = new Button(msg.get("conflict.keepMine"));
        keepMineButton.setId(KEEP_MINE_ID);
        keepMineButton.setOnAction(e -> keepMine.run());
        Button copyButton = new Button(msg.get("conflict.copy"));
        copyButton.setId(COPY_ID);
        copyButton.setOnAction(e -> {
            copy.run();
            copied.setText(msg.get("conflict.copied"));
        });
        reloadButton.disableProperty().bind(save.savingProperty());
        keepMineButton.disableProperty().bind(save.savingProperty());
        HBox choices = new HBox(6, reloadButton, keepMineButton, copyButton, copied);
        VBox conflictBox = new VBox(6, message, choices);
        conflictBox.setId(BOX_ID);
        BooleanBinding inConflict = save.conflictProperty().isNotNull();
        conflictBox.visibleProperty().bind(inConflict);
        conflictBox.managedProperty().bind(inConflict);
        inConflict.addListener((obs, was, is) -> copied.setText(""));
        Label saving = new Label(msg.get("editor.saving"));
        saving.setId(SAVING_ID);
        saving.visibleProperty().bind(save.savingProperty());
        saving.managedProperty().bind(save.savingProperty());
        getChildren().addAll(conflictBox, saving);
    }
}
