package dev.rapport.ui.main;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.common.TaskExecutor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: a navigation rail on the left, the current section, and a status bar with
 * the running task (and its Cancel) and the last message. Undo offers slide in from the top.
 * It holds the frame only: undo, redo and the window's remembered place are its view model's,
 * the screens and what it opens from them are made by the app's wiring.
 */
public final class MainWindow implements Notifier {
    public static final String STYLESHEET = dev.rapport.ui.common.Styles.APP_CSS;
    private static final Duration UNDO_TIME = Duration.seconds(8);
    static final KeyCombination UNDO_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_KEY_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final Messages msg;
    private final java.nio.file.Path dataDir;
    private final TaskExecutor executor;
    /** How each section is built: only when first shown, so start-up builds one screen, not six. */
    private final Map<String, Supplier<Screen>> factories = new LinkedHashMap<>();
    private final Map<String, Screen> sections = new LinkedHashMap<>();
    private final StackPane content = new StackPane();
    private final NotificationPane notifications = new NotificationPane(content);
    private final Label status = new Label();
    private final ToggleGroup nav = new ToggleGroup();
    private final PauseTransition undoTimer = new PauseTransition(UNDO_TIME);
    private final Scene scene;
    private MainWindowViewModel model;
    private QuickLog quickLog;
    private Consumer<Window> about;
    private Screen current;
    private Stage stage;

    /** Ctrl+L's quick log, from the contact log's screens: for the account and person in view, if any. */
    @FunctionalInterface
    public interface QuickLog {
        void logNew(Long accountId, Long contactId, Runnable saved);
    }

    /**
     * The frame alone: navigation rail, status bar and styled scene, which need no data. The
     * launcher builds it while the database is still opening, so that work is done when the data
     * arrives; {@link #open} then adds the sections and shows the window.
     */
    public MainWindow(Messages msg, java.nio.file.Path dataDir, TaskExecutor executor) {
        this.msg = msg;
        this.dataDir = dataDir;
        this.executor = executor;
        undoTimer.setOnFinished(e -> notifications.hide());
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setLeft(navigationRail());
        notifications.setShowFromTop(true);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        root.setCenter(notifications);
        root.setBottom(statusBar());
        scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        installShortcuts(scene);
    }

    /**
     * Styles the frame now (parsing the style sheets) rather than inside the first show: the
     * launcher calls it while the database is still opening, once the bundled font is loaded.
     */
    public void applyStyles() {
        scene.getRoot().applyCss();
    }

    /**
     * Adds the open folder's screens to the frame and shows it in the stage. The screens are built
     * by the app's wiring, each only when first shown, so start-up builds one screen, not six.
     *
     * @param about shows the About dialog (F1) over the given window
     */
    public void open(MainWindowViewModel windowModel, Map<String, Supplier<Screen>> screens, QuickLog quickLog,
            Consumer<Window> about, Stage target) {
        if (!windowModel.serves(dataDir, executor)) {
            throw new IllegalArgumentException("the window's frame was built for another folder or executor");
        }
        this.model = windowModel;
        this.quickLog = quickLog;
        this.about = about;
        windowModel.onOfferWithdrawn(() -> {
            undoTimer.stop();
            notifications.hide();
        });
        factories.putAll(screens);
        show(target);
    }

    /** Builds the window into the stage, where the user left it last time, and shows it. */
    public void show(Stage target) {
        if (model == null) {
            throw new IllegalStateException("no data folder attached: use open(model, screens, ..., stage)");
        }
        this.stage = target;
        target.setScene(scene);
        target.setTitle(msg.get("app.title"));
        target.setMinWidth(900);
        target.setMinHeight(560);
        java.util.List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(javafx.stage.Screen.getPrimary().getVisualBounds());
        javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).filter(b -> !b.equals(screens.get(0)))
                .forEach(screens::add);
        // a window shown again after a restore or a password change stays where the user has it now
        java.util.Optional<Rectangle2D> place = target.isShowing() ? java.util.Optional.empty()
                : WindowPlacement.restore(target, model, screens.toArray(Rectangle2D[]::new))
                        .or(() -> java.util.Optional.of(WindowPlacement.firstPlace(
                                scene.getWidth(), scene.getHeight(), screens.get(0))));
        target.setOnCloseRequest(e -> WindowPlacement.remember(target, model));
        select("today");
        target.show();
        // JavaFX 21 on GTK (seen under openbox at 1280x720 and 1440x900) drops a size given before a stage
        // first shows: the window comes up at its minimum size. Give the place again now that it is there.
        place.filter(p -> !target.isMaximized()).ifPresent(p -> WindowPlacement.apply(target, p));
    }

    public Stage stage() {
        return stage;
    }

    private VBox navigationRail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        rail.setPadding(new Insets(12, 6, 12, 6));
        rail.getChildren().add(navButton("today", "mdi2w-white-balance-sunny", "Shortcut+0"));
        rail.getChildren().add(navButton("accounts", "mdi2b-briefcase-outline", "Shortcut+1"));
        rail.getChildren().add(navButton("contacts", "mdi2a-account-multiple-outline", "Shortcut+2"));
        rail.getChildren().add(navButton("planner", "mdi2c-calendar-month-outline", "Shortcut+3"));
        rail.getChildren().add(navButton("insights", "mdi2c-chart-bar", "Shortcut+4"));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        rail.getChildren().add(spacer);
        rail.getChildren().add(navButton("settings", "mdi2c-cog-outline", "Shortcut+,"));
        return rail;
    }

    private ToggleButton navButton(String id, String icon, String shortcut) {
        ToggleButton b = new ToggleButton(msg.get("nav." + id), new FontIcon(icon));
        b.setId(MainWindowIds.nav(id));
        b.getStyleClass().add("nav-button");
        b.setToggleGroup(nav);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(msg.get("nav." + id) + "  (" + KeyCombination.keyCombination(shortcut)
                .getDisplayText() + ")"));
        b.setOnAction(e -> select(id));
        return b;
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(executor.progressProperty());
        Label taskTitle = new Label();
        taskTitle.textProperty().bind(executor.titleProperty());
        Button cancel = new Button(msg.get("action.cancel"));
        cancel.setId(MainWindowIds.TASK_CANCEL);
        cancel.setOnAction(e -> executor.cancel());
        HBox task = new HBox(8, taskTitle, progress, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);
        task.visibleProperty().bind(executor.busyProperty());
        task.managedProperty().bind(task.visibleProperty());
        Label folder = new Label(msg.get("status.dataFolder", dataDir.toString()));
        folder.getStyleClass().add("muted");
        status.setId(MainWindowIds.STATUS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, task, folder);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> current.createNew());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> current.focusSearch());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> select("today"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> select("accounts"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> select("contacts"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                () -> select("planner"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
                () -> select("insights"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> select("settings"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                this::quickLog);
        // Ctrl+Q quits as the window's close button does (its place remembered, then the backup and
        // close): without a window manager's button there was no way out from the keyboard
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            javafx.stage.Window window = scene.getWindow();
            window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            window.hide();
        });
        // a focused text field takes Ctrl+Z and Ctrl+Shift+Z for its typing before the scene's
        // accelerators see them (UndoRedoFlowTest): a save is never undone from inside a field
        scene.getAccelerators().put(UNDO_KEY, this::undoLast);
        scene.getAccelerators().put(REDO_KEY, this::redoLast);
        // text fields take Ctrl+Y only on Windows: elsewhere it would reach here from inside a field
        scene.getAccelerators().put(REDO_KEY_ALT, () -> {
            if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                redoLast();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1),
                () -> about.accept(stage));
        // Back as in a browser, wherever the focus is: a tab switched away from its focused link left
        // the focus outside the page, and the page's own key handler never heard Alt+Left
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                () -> current.back());
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.BACK && current != null && current.back()) {
                e.consume();
            }
        });
    }

    /** Ctrl+L: log an interaction from anywhere, for the account (and person) in view. */
    public void quickLog() {
        Screen from = current;
        quickLog.logNew(from.accountInView(), from.contactInView(), from::shown);
    }

    /** Ctrl+Z: takes back the last saved change of any kind, in the background, and says what it was. */
    public void undoLast() {
        if (model != null) {
            model.undo(this::stepped);
        }
    }

    /** Ctrl+Shift+Z, Ctrl+Y: puts back the last change undone. */
    public void redoLast() {
        if (model != null) {
            model.redo(this::stepped);
        }
    }

    private void stepped(MainWindowViewModel.Step step) {
        status(step.message());
        if (step.changed()) {
            current.shown();
        }
    }

    /** Shows a section by id (today, accounts, contacts, planner, insights, settings) and returns it. */
    public Screen select(String id) {
        Screen section = sections.computeIfAbsent(id, k -> factories.get(k).get());
        current = section;
        content.getChildren().setAll(section.node());
        nav.getToggles().stream().filter(t -> ((ToggleButton) t).getId().equals(MainWindowIds.nav(id)))
                .findFirst().ifPresent(t -> t.setSelected(true));
        section.shown();
        return section;
    }

    @Override
    public void status(String message) {
        status.setText(message);
    }

    /** Says what was done, with an Undo offer that slides in from the top for a few seconds. */
    @Override
    public void undoable(String message, Runnable undo) {
        status(message);
        // before a folder is attached there is no history: the caller's own undo is the offer's
        Runnable offer = model == null ? undo : model.offerUndo(undo, this::stepped);
        Action undoAction = new Action(msg.get("action.undo"), e -> {
            undoTimer.stop();
            notifications.hide();
            offer.run();
        });
        undoAction.setLongText(msg.get("undo.tooltip", UNDO_KEY.getDisplayText()));
        notifications.show(message, new FontIcon("mdi2d-delete-outline"), undoAction);
        undoTimer.playFromStart();
    }
}
