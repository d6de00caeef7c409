package dev.rapport.ui.retention;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountValue;
import dev.rapport.domain.HealthScore;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected account's value and health: lifetime value (formula in the tooltip), RFM, the
 * health score with its parts, the ABC proposal to accept, the "at risk" suggestion, and exit
 * management (Exit…, Reactivate, the exits recorded).
 */
public final class AccountValueView {
    private final UiKit kit;
    private final Messages msg;
    private final AccountValueViewModel model;
    private final ValueTexts texts;
    private final VBox root = new VBox(8);

    public AccountValueView(UiKit kit, AccountValueViewModel model) {
        this.kit = kit;
        this.msg = kit.messages();
        this.model = model;
        this.texts = new ValueTexts(msg, kit.formats());
        root.setId(AccountValueIds.ROOT);
        model.shownProperty().addListener((obs, old, shown) -> {
            root.getChildren().clear();
            if (shown != null) {
                render(shown.account(), shown);
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Shows the account's value, loaded in the background; null clears the pane. */
    public void show(Account a) {
        model.show(a);
    }

    private void render(Account a, AccountValueViewModel.Shown loaded) {
        AccountValue v = loaded.value();
        Label title = new Label(msg.get("retention.value.title"));
        title.getStyleClass().add("subsection-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        if (a.stage() == LifecycleStage.EXITED) {
            Button reactivate = new Button(msg.get("retention.reactivate"), new FontIcon("mdi2a-account-reactivate-outline"));
            reactivate.setId(AccountValueIds.REACTIVATE);
            reactivate.setOnAction(e -> reactivate(a));
            header.getChildren().add(reactivate);
            AccountValueViewModel.currentExit(loaded.exits()).ifPresent(current -> {
                Button edit = new Button(msg.get("retention.exit.edit"), new FontIcon("mdi2p-pencil-outline"));
                edit.setId(AccountValueIds.EDIT_EXIT);
                edit.setOnAction(e -> editExit(a, current, loaded.since()));
                header.getChildren().add(header.getChildren().indexOf(reactivate), edit);
            });
        } else {
            Button exit = new Button(msg.get("retention.exit.button"), new FontIcon("mdi2e-exit-run"));
            exit.setId(AccountValueIds.EXIT);
            exit.setOnAction(e -> exit(a, loaded.since()));
            header.getChildren().add(exit);
        }

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        Label clv = new Label(texts.lifetimeValue(v));
        clv.setId(AccountValueIds.LIFETIME_VALUE);
        Tooltip formula = new Tooltip(texts.lifetimeFormula(v));
        formula.setWrapText(true);
        formula.setMaxWidth(420);
        clv.setTooltip(formula);
        Label rfm = new Label(texts.rfm(v.rfm()));
        rfm.setId(AccountValueIds.RFM);
        rfm.setTooltip(new Tooltip(msg.get("retention.value.rfmHint")));
        // one fact a row, labels never shortened: side by side, a narrow detail pane cut all four to "…"
        clv.setWrapText(true);
        rfm.setWrapText(true);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().setAll(labels, values);
        grid.addRow(0, fact("retention.value.clv"), clv);
        grid.addRow(1, fact("retention.value.rfm"), rfm);
        javafx.scene.control.DatePicker since = new javafx.scene.control.DatePicker(loaded.since());
        since.setId(AccountValueIds.CUSTOMER_SINCE);
        since.setPrefWidth(150);
        since.setTooltip(new Tooltip(msg.get("retention.value.sinceHint")));
        // 30 February is refused, not moved: the pane saves the date as soon as it is picked
        dev.rapport.ui.common.DateField.apply(since, msg);
        since.setOnAction(e -> {
            LocalDate day = since.getValue();
            if (day != null && !day.equals(loaded.since()) && !model.saveCustomerSince(a, day)) {
                kit.dialogs().showInfo(msg.get("retention.exit.since"), msg.get("validation.dateInFuture"));
                since.setValue(loaded.since());
            }
        });
        grid.addRow(2, fact("retention.exit.since"), since);

        HealthScore h = v.health();
        Label score = new Label(Integer.toString(h.score()));
        score.setId(AccountValueIds.HEALTH_SCORE);
        score.getStyleClass().addAll("health-score", h.score() < HealthScore.AT_RISK_BELOW ? "health-low"
                : h.score() < 70 ? "health-mid" : "health-high");
        VBox parts = new VBox(2);
        for (HealthScore.Part p : h.parts()) {
            Label line = new Label(texts.part(p));
            line.setWrapText(true);
            line.getStyleClass().add("muted");
            parts.getChildren().add(line);
        }
        HBox health = new HBox(12, score, parts);
        health.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().setAll(header, grid, new Label(msg.get("retention.health.title")), health);
        if (h.suggestsAtRisk(a.stage())) {
            Button atRisk = new Button(msg.get("retention.health.markAtRisk"));
            atRisk.setId(AccountValueIds.MARK_AT_RISK);
            atRisk.setOnAction(e -> model.markAtRisk(a));
            Label hint = new Label(msg.get("retention.health.atRiskHint", h.score()));
            hint.setWrapText(true);
            HBox suggestion = new HBox(8, hint, atRisk);
            suggestion.setAlignment(Pos.CENTER_LEFT);
            suggestion.getStyleClass().add("suggestion");
            root.getChildren().add(suggestion);
        }
        abc(a, v.proposedByRevenue(), "revenue");
        abc(a, v.proposedByMargin(), "margin");
        if (!loaded.exits().isEmpty()) {
            Label exitsTitle = new Label(msg.get("retention.exits.title"));
            exitsTitle.getStyleClass().add("subsection-title");
            root.getChildren().add(exitsTitle);
            for (AccountExit e : loaded.exits()) {
                Label line = new Label(msg.get(e.reactivated() ? "retention.exits.lineReactivated" : "retention.exits.line",
                        kit.formats().date(e.exitedOn()), msg.of(e.reason()), kit.formats().money(e.revenueAtExit()),
                        e.reasonText().isEmpty() ? "" : e.reasonText(), kit.formats().date(e.reactivatedOn())));
                line.setWrapText(true);
                line.getStyleClass().add("exit-line");
                root.getChildren().add(line);
            }
        }
    }

    private void abc(Account a, Tier proposed, String basis) {
        if (proposed == null) {
            return;
        }
        Label l = new Label(msg.get("retention.abc." + basis, msg.of(proposed)));
        HBox row = new HBox(8, l);
        row.setAlignment(Pos.CENTER_LEFT);
        if (proposed != a.tier()) {
            Button accept = new Button(msg.get("retention.abc.accept", msg.of(proposed)));
            accept.setId(AccountValueIds.acceptTier(basis));
            accept.getStyleClass().add("link-button");
            accept.setOnAction(e -> model.acceptTier(a, proposed));
            row.getChildren().add(accept);
        }
        root.getChildren().add(row);
    }

    private Label fact(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("fact-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void exit(Account a, LocalDate since) {
        // a new exit has no key yet: nothing to conflict with (see OpenEditors)
        kit.editors().showAndWait(null, () -> new ExitEditor(root.getScene().getWindow(), a, since,
                model.today(), msg, kit.formats(), model.exitEditorSave(new FxTextClipboard())))
                .ifPresent(saved -> model.exited(a, saved));
    }

    private void editExit(Account a, AccountExit current, LocalDate since) {
        kit.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.EXIT, current.id()),
                () -> new ExitEditor(root.getScene().getWindow(), a, current, since, model.today(), msg,
                        kit.formats(), model.exitEditorSave(new FxTextClipboard())))
                .ifPresent(saved -> model.exitEdited(a, saved));
    }

    private void reactivate(Account a) {
        if (kit.dialogs().confirm(msg.get("retention.reactivate"), msg.get("retention.reactivate.question", a.name()),
                msg.get("retention.reactivate"))) {
            model.reactivate(a);
        }
    }
}
