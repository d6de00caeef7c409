package dev.rapport.ui.main;

import dev.rapport.domain.WindowPlace;
import dev.rapport.domain.WriteScope;
import dev.rapport.i18n.Messages;
import dev.rapport.service.ChangeHistory;
import dev.rapport.service.MachinePreferencesService;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.TaskExecutor;
import dev.rapport.ui.common.UiKit;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;

/**
 * The window's own state, apart from its screens: undo and redo of any saved change, the offer to
 * take back a delete, and where the window was left on this machine.
 */
public final class MainWindowViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindowViewModel.class);

    /** What an undo or redo came to: what the status bar says, and whether the screen in view must reload. */
    public record Step(String message, boolean changed) {
    }

    private final ChangeHistory history;
    private final MachinePreferencesService preferences;
    private final Path dataDir;
    private final Messages msg;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final WriteScope places;
    /** The change the visible Undo offer takes back, while it is visible. */
    private ChangeHistory.Change offered;
    private Runnable onWithdrawn = () -> { };

    /**
     * @param preferences this machine's preferences, where the window's place is kept
     * @param dataDir     the folder the window shows: its frame must have been built for the same one
     */
    public MainWindowViewModel(ChangeHistory history, MachinePreferencesService preferences, Path dataDir,
            UiKit kit) {
        this.history = history;
        this.preferences = preferences;
        this.dataDir = dataDir;
        this.msg = kit.messages();
        this.executor = kit.executor();
        this.dialogs = kit.dialogs();
        this.places = kit.places();
        // a save or an undo since the offer appeared makes its Undo mean something else: withdraw it
        history.addListener(() -> Platform.runLater(() -> {
            if (offered != null && history.nextUndo().orElse(null) != offered) {
                offered = null;
                onWithdrawn.run();
            }
        }));
    }

    /** Whether a frame built for this folder and executor may show this model. */
    boolean serves(Path folder, TaskExecutor frameExecutor) {
        return dataDir.equals(folder) && executor == frameExecutor;
    }

    /** Takes back the last saved change of any kind, in the background. */
    public void undo(Consumer<Step> done) {
        step(true, done);
    }

    /** Puts back the last change undone. */
    public void redo(Consumer<Step> done) {
        step(false, done);
    }

    private void step(boolean undo, Consumer<Step> done) {
        // an undo writes rows like any save: a conflict it causes later names it as the writer
        executor.submit(msg.get(undo ? "undo.task" : "redo.task"), p -> places.at(
                undo ? WindowPlace.UNDO : WindowPlace.REDO, () -> undo ? history.undo() : history.redo()),
                outcome -> done.accept(switch (outcome.kind()) {
                    case NOTHING -> new Step(msg.get(undo ? "undo.nothing" : "redo.nothing"), false);
                    case DONE -> new Step(msg.get(undo ? "undo.done" : "redo.done", describe(outcome.change())), true);
                    case REFUSED -> {
                        LOG.info("{} refused: {}", undo ? "undo" : "redo", outcome.problem().toString());
                        yield new Step(msg.get(undo ? "undo.refused" : "redo.refused", describe(outcome.change())),
                                true);
                    }
                    default -> throw new IllegalStateException(outcome.kind().name());
                }), e -> dialogs.showError(msg.get(undo ? "undo.failed" : "redo.failed"), e));
    }

    /** What a change was, in the user's language: "changes to 上海新航科技". */
    private String describe(ChangeHistory.Change change) {
        Object[] args = change.args().stream().map(a -> a instanceof Enum<?> e ? msg.of(e) : a).toArray();
        return msg.get(change.key(), args);
    }

    /**
     * Offers to take back the write just made, and says what the offer's Undo does. It is Ctrl+Z:
     * the delete (or exit) it offers to take back was recorded in the history by its service just
     * before, so both go through the same history and a later Ctrl+Z cannot take it back a second
     * time. Only a write its service did not record falls back to the caller's own undo.
     *
     * @param ownUndo the caller's own (version-checked) undo
     * @param done    what an undo through the history came to
     */
    public Runnable offerUndo(Runnable ownUndo, Consumer<Step> done) {
        ChangeHistory.Change change = history.nextUndo().filter(MainWindowViewModel::offeredByNotification)
                .orElse(null);
        offered = change;
        return () -> {
            offered = null;
            if (change == null) {
                ownUndo.run();
            } else if (history.nextUndo().orElse(null) == change) {
                undo(done);
            }
        };
    }

    /** Run when a later change to the history withdraws the visible offer (on the FX thread). */
    public void onOfferWithdrawn(Runnable action) {
        this.onWithdrawn = action;
    }

    /*
     * The offers come after deletes and exits only. When a save slipped in between the delete and
     * its offer (both ran on the task thread), the newest change is that save: the offer's Undo must
     * not take it back instead, so it falls back to the caller's own (version-checked) undo.
     */
    private static boolean offeredByNotification(ChangeHistory.Change change) {
        return change.key().endsWith(".deleted") || change.key().startsWith("undo.exit.");
    }

    /**
     * Where the user left the window on this machine, fitted to the screens there are now; empty
     * when nothing was remembered.
     *
     * @param screens the screens' visible areas, the primary screen first
     */
    public Optional<Rectangle2D> rememberedPlace(Rectangle2D[] screens) {
        OptionalDouble x = preferences.number(WindowPlacement.X);
        OptionalDouble y = preferences.number(WindowPlacement.Y);
        OptionalDouble w = preferences.number(WindowPlacement.WIDTH);
        OptionalDouble h = preferences.number(WindowPlacement.HEIGHT);
        if (x.isPresent() && y.isPresent() && w.isPresent() && h.isPresent() && w.getAsDouble() > 0
                && h.getAsDouble() > 0 && screens.length > 0) {
            return Optional.of(WindowPlacement.fit(new Rectangle2D(x.getAsDouble(), y.getAsDouble(),
                    w.getAsDouble(), h.getAsDouble()), screens));
        }
        return Optional.empty();
    }

    public boolean rememberedMaximized() {
        return preferences.flag(WindowPlacement.MAXIMIZED);
    }

    /** Remembers the window's place and size, or only that it was maximized (its place then is the screen's). */
    public void remember(Rectangle2D place, boolean maximized) {
        if (maximized) {
            preferences.remember(Map.of(WindowPlacement.MAXIMIZED, "true"));
            return;
        }
        preferences.remember(Map.of(
                WindowPlacement.X, Double.toString(place.getMinX()),
                WindowPlacement.Y, Double.toString(place.getMinY()),
                WindowPlacement.WIDTH, Double.toString(place.getWidth()),
                WindowPlacement.HEIGHT, Double.toString(place.getHeight()),
                WindowPlacement.MAXIMIZED, "false"));
    }
}
