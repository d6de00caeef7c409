package dev.rapport.ui.insights;

import dev.rapport.domain.AtRiskSuggestion;
import dev.rapport.domain.HealthScore;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.RecordOpener;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The accounts whose health suggests "at risk", to move there in one go; Enter or a double click
 * opens an account's page, to see why before moving it.
 */
final class AtRiskView {
    private final VBox card;

    AtRiskView(InsightsViewModel model, Messages msg, RecordOpener records) {
        Label title = new Label(msg.get("insights.atRisk.title"));
        title.getStyleClass().add("subsection-title");
        Label hint = new Label(msg.get("insights.atRisk.hint", HealthScore.AT_RISK_BELOW));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        ListView<AtRiskSuggestion> list = new ListView<>(model.atRiskSuggestions());
        list.setId(InsightsIds.AT_RISK_LIST);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(msg.get("insights.atRisk.none")));
        list.setPrefHeight(220);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(AtRiskSuggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : msg.get("insights.atRisk.line", s.name(), s.score(), msg.of(s.stage())));
            }
        });
        list.setOnKeyPressed(e -> {
            AtRiskSuggestion s = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                records.openAccount(s.accountId());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            AtRiskSuggestion s = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && s != null) {
                records.openAccount(s.accountId());
            }
        });
        Button move = new Button(msg.get("insights.atRisk.move"));
        move.setId(InsightsIds.AT_RISK_MOVE);
        move.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        move.setOnAction(e -> model.markAtRisk(List.copyOf(list.getSelectionModel().getSelectedItems())));
        card = new VBox(6, title, hint, list, move);
        card.getStyleClass().add("chart-card");
    }

    VBox node() {
        return card;
    }
}
