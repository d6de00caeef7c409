package dev.rapport.ui.retention;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountValue;
import dev.rapport.domain.HealthScore;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.Tier;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.service.RetentionService;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.TextClipboard;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    private final UiContext ctx;
    private final Messages msg;
    private final Notifier notifier;
    private final LongConsumer changed;
    private final ValueTexts texts;
    private final VBox root = new VBox(8);
    private Account account;

    /**
     * @param changed told the id of an account this pane changed (exited, reactivated, re-tiered)
     */
    public AccountValueView(UiContext ctx, Notifier notifier, LongConsumer changed) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.notifier = notifier;
        this.changed = changed;
        this.texts = new ValueTexts(msg, ctx.formats());
        root.setId("account-value");
    }

    public Node node() {
        return root;
    }

    private RetentionService service() {
        return ctx.retention();
    }

    /** Shows the account's value, loaded in the background; null clears the pane. */
    public void show(Account a) {
        this.account = a;
        root.getChildren().clear();
        if (a == null) {
            return;
        }
        long id = a.id();
        ctx.executor().submit(msg.get("task.loading"), p -> new Loaded(service().value(id).orElse(null),
                service().exitsOf(id), service().customerSince(a)), loaded -> {
                    if (account != null && account.id() == id && loaded.value() != null) {
                        render(a, loaded);
                    }
                }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    private record Loaded(AccountValue value, List<AccountExit> exits, LocalDate since) {
    }

    private void render(Account a, Loaded loaded) {
        AccountValue v = loaded.value();
        Label title = new Label(msg.get("retention.value.title"));
        title.getStyleClass().add("subsection-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        if (a.stage() == LifecycleStage.EXITED) {
            Button reactivate = new Button(msg.get("retention.reactivate"), new FontIcon("mdi2a-account-reactivate-outline"));
            reactivate.setId("account-reactivate");
            reactivate.setOnAction(e -> reactivate(a));
            header.getChildren().add(reactivate);
            currentExit(loaded.exits()).ifPresent(current -> {
                Button edit = new Button(msg.get("retention.exit.edit"), new FontIcon("mdi2p-pencil-outline"));
                edit.setId("account-edit-exit");
                edit.setOnAction(e -> editExit(a, current, loaded.since()));
                header.getChildren().add(header.getChildren().indexOf(reactivate), edit);
            });
        } else {
            Button exit = new Button(msg.get("retention.exit.button"), new FontIcon("mdi2e-exit-run"));
            exit.setId("account-exit");
            exit.setOnAction(e -> exit(a, loaded.since()));
            header.getChildren().add(exit);
        }

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        Label clv = new Label(texts.lifetimeValue(v));
        clv.setId("value-clv");
        Tooltip formula = new Tooltip(texts.lifetimeFormula(v));
        formula.setWrapText(true);
        formula.setMaxWidth(420);
        clv.setTooltip(formula);
        Label rfm = new Label(texts.rfm(v.rfm()));
        rfm.setId("value-rfm");
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
        since.setId("customer-since");
        since.setPrefWidth(150);
        since.setTooltip(new Tooltip(msg.get("retention.value.sinceHint")));
        // 30 February is refused, not moved: the pane saves the date as soon as it is picked
        dev.rapport.ui.common.DateField.apply(since, msg);
        since.setOnAction(e -> {
            LocalDate day = since.getValue();
            if (day != null && !day.equals(loaded.since())) {
                if (day.isAfter(service().today())) {
                    ctx.dialogs().showInfo(msg.get("retention.exit.since"), msg.get("validation.dateInFuture"));
                    since.setValue(loaded.since());
                } else {
                    run(() -> service().setCustomerSince(a.id(), day), "retention.value.sinceSaved", a);
                }
            }
        });
        grid.addRow(2, fact("retention.exit.since"), since);

        HealthScore h = v.health();
        Label score = new Label(Integer.toString(h.score()));
        score.setId("health-score");
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
            atRisk.setId("mark-at-risk");
            atRisk.setOnAction(e -> run(() -> service().markAtRisk(a.id()), "retention.health.markedAtRisk", a));
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
                        ctx.formats().date(e.exitedOn()), msg.of(e.reason()), ctx.formats().money(e.revenueAtExit()),
                        e.reasonText().isEmpty() ? "" : e.reasonText(), ctx.formats().date(e.reactivatedOn())));
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
            accept.setId("accept-tier-" + basis);
            accept.getStyleClass().add("link-button");
            accept.setOnAction(e -> run(() -> service().acceptTier(a.id(), proposed), "retention.abc.accepted", a));
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
        ctx.editors().showAndWait(null, () -> new ExitEditor(root.getScene().getWindow(), a, since,
                service().today(), msg, ctx.formats(), exitEditorSave(new FxTextClipboard()))).ifPresent(saved -> {
                    changed.accept(a.id());
                    notifier.undoable(msg.get("retention.exit.done", a.name()), () -> run(
                            () -> service().undoExit(saved.result().exit(), a.stage()), "retention.exit.undone", a));
                });
    }

    /** The exit an exited account is in now: its latest one not won back. */
    static java.util.Optional<AccountExit> currentExit(List<AccountExit> exits) {
        return exits.isEmpty() || exits.get(exits.size() - 1).reactivated() ? java.util.Optional.empty()
                : java.util.Optional.of(exits.get(exits.size() - 1));
    }

    private void editExit(Account a, AccountExit current, LocalDate since) {
        ctx.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.EXIT, current.id()),
                () -> new ExitEditor(root.getScene().getWindow(), a, current, since, service().today(), msg,
                        ctx.formats(), exitEditorSave(new FxTextClipboard()))).ifPresent(saved -> {
                            changed.accept(a.id());
                            notifier.undoable(msg.get("retention.exit.edited", a.name()), () -> run(
                                    () -> service().undoEditExit(saved.edit()), "retention.exit.editUndone", a));
                        });
    }

    /**
     * The save of one exit editor: records a new exit or corrects one recorded before, and stays with
     * the editor until it succeeded; on a newer change elsewhere it offers reload, keep mine or copy
     * (see {@link EditorSave}).
     */
    EditorSave<ExitEditorViewModel.Entry> exitEditorSave(TextClipboard clipboard) {
        return new EditorSave<>(ctx.executor(), ctx.dialogs(), clipboard, msg, EditorSave.Store.<ExitEditorViewModel.Entry>of(
                this::saveExit, this::storedExit, (mine, current) -> new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(
                        mine.result().exit().withVersion(current.result().exit().version()),
                        mine.result().customerSince()), null)).at(ctx.places(), WindowPlace.EXIT_EDITOR));
    }

    private ExitEditorViewModel.Entry saveExit(ExitEditorViewModel.Entry entry) {
        AccountExit exit = entry.result().exit();
        LocalDate since = entry.result().customerSince();
        if (exit.id() == null) {
            return new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(service().exit(exit, since), since), null);
        }
        RetentionService.ExitEdit edit = service().editExit(exit, since);
        return new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(edit.after(), since), edit);
    }

    /** The exit as stored now, with the account's "customer since" day; empty when it or its account is gone. */
    private Optional<ExitEditorViewModel.Entry> storedExit(ExitEditorViewModel.Entry mine) {
        AccountExit exit = mine.result().exit();
        if (exit == null || exit.id() == null) {
            return Optional.empty();
        }
        return ctx.accounts().find(exit.accountId()).flatMap(a -> service().exitsOf(a.id()).stream()
                .filter(e -> e.id().equals(exit.id())).findFirst()
                .map(e -> new ExitEditorViewModel.Entry(new ExitEditorViewModel.Result(e, service().customerSince(a)), null)));
    }

    private void reactivate(Account a) {
        if (ctx.dialogs().confirm(msg.get("retention.reactivate"), msg.get("retention.reactivate.question", a.name()),
                msg.get("retention.reactivate"))) {
            run(() -> service().reactivate(a.id()), "retention.reactivate.done", a);
        }
    }

    private void run(Runnable work, String doneKey, Account a) {
        ctx.executor().submit(msg.get("task.saving"), p -> {
            ctx.places().at(WindowPlace.VALUE_PANE, () -> {
                work.run();
                return null;
            });
            return a.id();
        }, id -> {
            notifier.status(msg.get(doneKey, a.name()));
            changed.accept(id);
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }
}
