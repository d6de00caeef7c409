package dev.rapport.ui.memory;

import dev.rapport.domain.Gift;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Formats;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Log a gift or greeting. The person's earlier gifts are listed under the form, and a warning
 * appears when what is typed looks like one of them. Stays open until the save succeeded.
 */
public final class GiftEditor extends FormEditor<Gift> {

    public GiftEditor(Window owner, Gift gift, List<GiftEditorViewModel.Recipient> recipients, List<Gift> earlier, Messages msg,
            Formats formats, LocalDate today, String stylesheet, EditorSave<Gift> save) {
        super(owner, msg, msg.get(gift.isNew() ? "memory.gift.new" : "memory.gift.edit"), stylesheet);
        GiftEditorViewModel form = new GiftEditorViewModel(gift, recipients, earlier, msg, formats, today);
        ComboBox<GiftEditorViewModel.Recipient> recipient = new ComboBox<>();
        recipient.setId(GiftEditorIds.RECIPIENT);
        recipient.getItems().setAll(recipients);
        recipient.valueProperty().bindBidirectional(form.recipient);
        DatePicker date = new DatePicker();
        date.setId(GiftEditorIds.DATE);
        date.valueProperty().bindBidirectional(form.givenOn);
        TextField occasion = new TextField();
        occasion.setId(GiftEditorIds.OCCASION);
        occasion.textProperty().bindBidirectional(form.occasion);
        TextField what = new TextField();
        what.setId(GiftEditorIds.WHAT);
        what.setPromptText(msg.get("memory.gift.what.prompt"));
        what.textProperty().bindBidirectional(form.what);
        Label warning = new Label();
        warning.setId(GiftEditorIds.REPEAT_WARNING);
        warning.getStyleClass().add("field-error");
        warning.setWrapText(true);
        warning.textProperty().bind(form.repeatWarning());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        TextField cost = new TextField();
        cost.setId(GiftEditorIds.COST);
        cost.textProperty().bindBidirectional(form.cost);
        TextField givenBy = new TextField();
        givenBy.setId(GiftEditorIds.GIVEN_BY);
        givenBy.textProperty().bindBidirectional(form.givenBy);
        row("memory.gift.recipient", recipient, form.errors(), null);
        dateRow("memory.gift.date", date, form.errors(), "givenOn");
        row("memory.gift.occasion", occasion, form.errors(), "occasion");
        row("memory.gift.what", new VBox(2, what, warning), form.errors(), "what");
        row("memory.gift.cost", cost, form.errors(), "cost");
        row("memory.gift.givenBy", givenBy, form.errors(), "givenBy");
        Label earlierTitle = new Label(msg.get("memory.gift.earlier"));
        earlierTitle.getStyleClass().add("muted");
        ListView<String> earlierList = new ListView<>();
        earlierList.setId(GiftEditorIds.EARLIER);
        earlierList.setPrefHeight(120);
        earlierList.setPlaceholder(new Label(msg.get("memory.gifts.none")));
        form.earlier().forEach(g -> earlierList.getItems().add(MemoryText.gift(msg, formats, g)));
        wide(new VBox(4, earlierTitle, earlierList));
        buttons(form, form::toGift, save, what);
    }
}
