package dev.rapport.ui.settings;

import dev.rapport.domain.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.service.MachinePreferencesService;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TaskExecutor;
import dev.rapport.ui.common.UiKit;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Settings the user changes here are saved at once; the language applies at the next start. */
public final class SettingsViewModel {
    private final MachinePreferencesService preferences;
    private final Path dataDir;
    private final String version;
    private final Notifier notifier;
    private final Messages msg;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final BooleanProperty restartNeeded = new SimpleBooleanProperty(false);
    private final Language running;

    /**
     * @param preferences this machine's preferences, where the language is kept
     * @param dataDir     the data folder, shown so the user knows what to back up or move
     * @param version     the running version, shown with the About button
     */
    public SettingsViewModel(MachinePreferencesService preferences, Path dataDir, String version, Notifier notifier,
            UiKit kit) {
        this.preferences = preferences;
        this.dataDir = dataDir;
        this.version = version;
        this.notifier = notifier;
        this.msg = kit.messages();
        this.executor = kit.executor();
        this.dialogs = kit.dialogs();
        this.running = preferences.language();
        language.set(running);
        language.addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != old) {
                save(chosen);
            }
        });
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty restartNeededProperty() {
        return restartNeeded;
    }

    public String dataFolder() {
        return dataDir.toString();
    }

    public String version() {
        return version;
    }

    private void save(Language chosen) {
        executor.submit(msg.get("task.saving"), p -> {
            preferences.setLanguage(chosen);
            return chosen;
        }, saved -> {
            restartNeeded.set(saved != running);
            notifier.status(msg.get("settings.language.saved", saved.nativeName()));
        }, e -> dialogs.showError(msg.get("error.save"), e));
    }
}
