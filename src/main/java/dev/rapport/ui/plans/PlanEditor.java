package dev.rapport.ui.plans;

import dev.rapport.domain.Contact;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.LevelFigures;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanReview;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.SwotKind;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.ConflictBar;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.Tables;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The yearly plan of one account: objectives and strategy, SWOT, the actions (with the typical
 * ones per level to start from) and the year-end review, saved together. "Plan next year" saves
 * and then starts next year's plan from this one. It stays open until its save has succeeded; a
 * save refused by a newer change keeps everything typed and offers Reload, Keep mine and Copy my text.
 */
public final class PlanEditor extends Dialog<Plan> {
    private final PlanEditorViewModel model;
    private final EditorSave<Plan> save;
    private final Messages msg;
    private final Formats formats;
    private final List<Contact> people;
    private final String stylesheet;
    private final OpenEditors editors;
    private final TableView<PlanAction> table = new TableView<>();
    private final GridPane figuresGrid = new GridPane();
    private final Label budgetFlag = new Label();
    private final Label targets = new Label();
    private boolean nextYearRequested;
    /** The review date; built with its tab, and holding Save back while its text is not a real date. */
    private DateField reviewedField;
    private boolean deleteRequested;

    /** {@code people} are the account's, whom an action can name. */
    public PlanEditor(Window owner, PlanEditorViewModel model, String accountName, List<Contact> people,
            Messages msg, Formats formats, String stylesheet, OpenEditors editors, EditorSave<Plan> save) {
        this.editors = editors;
        Plan plan = model.read();
        this.model = model;
        this.save = save;
        this.msg = msg;
        this.formats = formats;
        this.people = people;
        this.stylesheet = stylesheet;
        initOwner(owner);
        setTitle(msg.get("plans.editor.title", accountName, plan.year()));
        setResizable(true);
        TabPane tabs = new TabPane(tab("plans.tab.objectives", objectives()), tab("plans.tab.swot", swot()),
                tab("plans.tab.actions", actions()), tab("plans.tab.review", review()));
        tabs.setId(PlanEditorIds.TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(860, 600);
        // Keep mine saves the plan with every action as this editor shows them, over the stored ones
        ConflictBar conflictBar = new ConflictBar(save, msg, () -> save.reload(model.read(), model::fill),
                () -> save.keepMine(model::toPlan), () -> save.copy(model.copyText()));
        VBox content = new VBox(8, conflictBar, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(stylesheet);
        ButtonType saveType = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType nextYear = new ButtonType(msg.get("plans.nextYear"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(saveType, new ButtonType(msg.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ButtonType delete = new ButtonType(msg.get("plans.delete"), ButtonBar.ButtonData.LEFT);
        // the model only sees the last real date, so text that is not one must hold Save back itself
        BooleanBinding cannotSave = model.validProperty().not().or(reviewedField.invalidProperty())
                .or(save.savingProperty())
                .or(save.conflictProperty().isNotNull());
        if (!plan.isNew()) {
            getDialogPane().getButtonTypes().addAll(nextYear, delete);
            Node next = getDialogPane().lookupButton(nextYear);
            next.setId(PlanEditorIds.NEXT_YEAR);
            next.disableProperty().bind(cannotSave);
            savesFirst(next, true);
            Node deleteButton = getDialogPane().lookupButton(delete);
            deleteButton.setId(PlanEditorIds.DELETE);
            deleteButton.disableProperty().bind(save.savingProperty());
        }
        Node saveButton = getDialogPane().lookupButton(saveType);
        saveButton.setId(PlanEditorIds.SAVE);
        saveButton.disableProperty().bind(cannotSave);
        savesFirst(saveButton, false);
        save.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                setResult(saved);
                close();
            }
        });
        getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (!saveButton.isDisabled()) {
                        ((Button) saveButton).fire();
                    }
                });
        setResultConverter(b -> {
            deleteRequested = b == delete;
            // delete names the version shown now (a Reload may have brought a newer one)
            return deleteRequested ? model.read() : save.savedProperty().get();
        });
        dev.rapport.ui.common.EditorGuard.install(this, save, model::copyText);
        model.figuresProperty().addListener((o, old, f) -> showFigures(f));
        showFigures(model.figuresProperty().get());
    }

    /**
     * Save and "Plan next year" both run the write and close only when it succeeded: a refused save
     * keeps the plan, its SWOT and its actions on screen.
     */
    private void savesFirst(Node button, boolean thenNextYear) {
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            nextYearRequested = thenNextYear;
            save.save(model.toPlan());
        });
    }

    PlanEditorViewModel model() {
        return model;
    }

    /** Whether the user closed the editor with "Plan next year" (after saving this one). */
    public boolean nextYearRequested() {
        return nextYearRequested;
    }

    /** Whether the user closed the editor with "Delete plan" (nothing typed is saved then). */
    public boolean deleteRequested() {
        return deleteRequested;
    }

    private Tab tab(String key, Node content) {
        Tab t = new Tab(msg.get(key), content);
        t.setId(PlanEditorIds.tab(key.substring(key.lastIndexOf('.') + 1)));
        return t;
    }

    private Node objectives() {
        ComboBox<PlanStatus> status = new ComboBox<>();
        status.setId(PlanEditorIds.STATUS);
        Choices.of(status, PlanStatus.values(), msg, false);
        status.valueProperty().bindBidirectional(model.status);
        TextField budget = text(PlanEditorIds.BUDGET, model.budget);
        TextField revenue = text(PlanEditorIds.REVENUE_TARGET, model.revenueTarget);
        TextField share = text(PlanEditorIds.SHARE_TARGET, model.shareTarget);
        ComboBox<RelationshipLevel> level = new ComboBox<>();
        Choices.of(level, RelationshipLevel.values(), msg, true);
        level.valueProperty().bindBidirectional(model.targetLevel);
        ComboBox<Integer> satisfaction = satisfactionBox();
        satisfaction.valueProperty().bindBidirectional(model.targetSatisfaction);
        TextArea goals = area(PlanEditorIds.GOALS, model.goals, 3);
        TextArea strategy = area(PlanEditorIds.STRATEGY, model.strategy, 5);
        Forms f = new Forms(msg, model.errors())
                .add("plans.status", status, null)
                .add("plans.budget", budget, "budget")
                .add("plans.revenueTarget", revenue, "revenueTarget")
                .add("plans.shareTarget", share, "shareOfWalletTarget")
                .add("plans.targetLevel", level, null)
                .add("plans.targetSatisfaction", satisfaction, "targetSatisfaction")
                .add("plans.goals", goals, null)
                .add("plans.strategy", strategy, null);
        return scroll(f.grid());
    }

    private Node swot() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int i = 0;
        for (SwotKind kind : SwotKind.values()) {
            Label label = new Label(msg.of(kind));
            label.getStyleClass().add("subsection-title");
            TextArea area = area(PlanEditorIds.swot(kind), model.swot.get(kind), 6);
            grid.add(new VBox(4, label, area), i % 2, i / 2);
            i++;
        }
        Label hint = new Label(msg.get("plans.swot.hint"));
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, hint, grid);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node actions() {
        table.setId(PlanEditorIds.ACTIONS);
        table.setItems(model.actions);
        table.setPlaceholder(new Label(msg.get("plans.actions.none")));
        TableColumn<PlanAction, RelationshipLevel> level = new TableColumn<>(msg.get("plans.action.level"));
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        Tables.enumCells(level, msg);
        TableColumn<PlanAction, String> title = new TableColumn<>(msg.get("plans.action.title"));
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setPrefWidth(220);
        TableColumn<PlanAction, dev.rapport.domain.plan.ActionType> type = new TableColumn<>(msg.get("plans.action.type"));
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().type()));
        Tables.enumCells(type, msg);
        TableColumn<PlanAction, String> when = new TableColumn<>(msg.get("plans.action.when"));
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(PlanText.when(c.getValue(), formats, msg)));
        TableColumn<PlanAction, BigDecimal> budget = new TableColumn<>(msg.get("plans.action.budget"));
        budget.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().budget()));
        Tables.formattedCells(budget, formats::money);
        TableColumn<PlanAction, dev.rapport.domain.plan.ActionStatus> status =
                new TableColumn<>(msg.get("plans.action.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        Tables.enumCells(status, msg);
        TableColumn<PlanAction, BigDecimal> actual = new TableColumn<>(msg.get("plans.action.actualCost"));
        actual.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actualCost()));
        Tables.formattedCells(actual, formats::money);
        TableColumn<PlanAction, Integer> effect = new TableColumn<>(msg.get("plans.action.effect"));
        effect.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().effect()));
        table.getColumns().setAll(List.of(level, title, type, when, budget, status, actual, effect));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<PlanAction> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editAction(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            PlanAction a = table.getSelectionModel().getSelectedItem();
            if (a != null && e.getCode() == KeyCode.ENTER) {
                editAction(a);
                e.consume();
            } else if (a != null && e.getCode() == KeyCode.DELETE) {
                model.remove(a);
                e.consume();
            }
        });
        Button add = new Button(msg.get("plans.action.add"));
        add.setId(PlanEditorIds.ADD_ACTION);
        add.setOnAction(e -> editAction(null));
        Button edit = new Button(msg.get("action.edit"));
        edit.setId(PlanEditorIds.EDIT_ACTION);
        edit.setOnAction(e -> editAction(table.getSelectionModel().getSelectedItem()));
        Button done = new Button(msg.get("plans.action.markDone"));
        done.setId(PlanEditorIds.MARK_DONE);
        done.setOnAction(e -> {
            PlanAction a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                table.getSelectionModel().select(model.markDone(a));
            }
        });
        Button remove = new Button(msg.get("action.remove"));
        remove.setId(PlanEditorIds.REMOVE_ACTION);
        remove.setOnAction(e -> {
            PlanAction a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                model.remove(a);
            }
        });
        for (Button b : new Button[] {edit, done, remove}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        dev.rapport.ui.common.FieldErrors.bind(error, table, model.errors(), "actions");
        budgetFlag.getStyleClass().add("plan-flag");
        budgetFlag.setId(PlanEditorIds.BUDGET_FLAG);
        budgetFlag.managedProperty().bind(budgetFlag.visibleProperty());
        VBox box = new VBox(8, new HBox(8, add, edit, done, remove), table, error, budgetFlag);
        box.setPadding(new Insets(12));
        return box;
    }

    private void editAction(PlanAction before) {
        PlanAction start = before != null ? before : model.newAction(RelationshipLevel.FINANCIAL);
        editors.showAndWait(OpenEditors.Key.of(OpenEditors.Kind.PLAN_ACTION, before == null ? null : before.id()),
                () -> ActionEditor.inPlan(getDialogPane().getScene().getWindow(), model.actionForm(start), people, msg,
                        stylesheet)).ifPresent(a -> {
                    model.put(a, before);
                    table.getSelectionModel().select(a);
                });
    }

    private Node review() {
        figuresGrid.setId(PlanEditorIds.FIGURES);
        figuresGrid.setHgap(16);
        figuresGrid.setVgap(4);
        TextField revenue = text(PlanEditorIds.REVIEW_REVENUE, model.actualRevenue);
        TextField share = text(PlanEditorIds.REVIEW_SHARE, model.actualShare);
        ComboBox<RelationshipLevel> level = new ComboBox<>();
        level.setId(PlanEditorIds.REVIEW_LEVEL);
        Choices.of(level, RelationshipLevel.values(), msg, true);
        level.valueProperty().bindBidirectional(model.levelReached);
        ComboBox<Integer> satisfaction = satisfactionBox();
        satisfaction.valueProperty().bindBidirectional(model.actualSatisfaction);
        DatePicker reviewed = new DatePicker();
        reviewed.setId(PlanEditorIds.REVIEW_DATE);
        reviewed.valueProperty().bindBidirectional(model.reviewedOn);
        reviewedField = DateField.apply(reviewed, msg);
        TextArea conclusion = area(PlanEditorIds.REVIEW_CONCLUSION, model.conclusion, 4);
        Forms f = new Forms(msg, model.errors())
                .add("plans.review.actualRevenue", revenue, "actualRevenue")
                .add("plans.review.actualShare", share, "actualShareOfWallet")
                .add("plans.review.levelReached", level, null)
                .add("plans.review.actualSatisfaction", satisfaction, "actualSatisfaction")
                .add("plans.review.date", reviewedField, null)
                .add("plans.review.conclusion", conclusion, null);
        Label title = new Label(msg.get("plans.review.figures"));
        title.getStyleClass().add("subsection-title");
        targets.setId(PlanEditorIds.TARGETS);
        targets.setWrapText(true);
        VBox box = new VBox(10, title, figuresGrid, targets, f.grid());
        box.setPadding(new Insets(12));
        return scroll(box);
    }

    private void showFigures(PlanReview r) {
        figuresGrid.getChildren().clear();
        String[] heads = {"plans.review.level", "plans.review.planned", "plans.review.done", "plans.review.budget",
            "plans.review.actual", "plans.review.effect"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(msg.get(heads[c]));
            h.getStyleClass().add("fact-label");
            figuresGrid.add(h, c, 0);
        }
        if (r == null) {
            budgetFlag.setVisible(false);
            return;
        }
        int row = 1;
        for (RelationshipLevel l : RelationshipLevel.values()) {
            figureRow(row++, msg.of(l), r.level(l), l.name());
        }
        figureRow(row, msg.get("plans.review.total"), r.total(), "total");
        budgetFlag.setVisible(r.budgetFlagged());
        budgetFlag.setText(PlanText.budgetFlag(r, formats, msg));
        targets.setText(PlanText.targets(r, formats, msg));
    }

    private void figureRow(int row, String name, LevelFigures f, String id) {
        Label[] cells = {new Label(name), new Label(Integer.toString(f.planned())), new Label(Integer.toString(f.done())),
            new Label(formats.money(f.budget())), new Label(formats.money(f.actual())),
            new Label(f.averageEffect() == null ? "—" : formats.decimal(f.averageEffect()))};
        String[] parts = {"level", "planned", "done", "budget", "actual", "effect"};
        for (int c = 0; c < cells.length; c++) {
            cells[c].setId(PlanEditorIds.figure(id, parts[c]));
            figuresGrid.add(cells[c], c, row);
        }
    }

    private ComboBox<Integer> satisfactionBox() {
        ComboBox<Integer> box = new ComboBox<>();
        Choices.fill(box, List.of(1, 2, 3, 4, 5), v -> v == null ? msg.get("choice.none")
                : msg.get("satisfaction." + v), true);
        return box;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty p, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setPadding(new Insets(12));
        return s;
    }
}
