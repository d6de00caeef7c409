package dev.rapport.ui.settings;

import dev.rapport.domain.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Settings the user changes here are saved at once; the language applies at the next start. */
public final class SettingsViewModel {
    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final BooleanProperty restartNeeded = new SimpleBooleanProperty(false);
    private final Language running;

    public SettingsViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
        this.running = ctx.settings().language();
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

    private void save(Language chosen) {
        ctx.executor().submit(msg.get("task.saving"), p -> {
            ctx.settings().setLanguage(chosen);
            return chosen;
        }, saved -> {
            restartNeeded.set(saved != running);
            notifier.status(msg.get("settings.language.saved", saved.nativeName()));
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }
}
