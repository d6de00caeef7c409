package dev.rapport.ui.safety;

import dev.rapport.domain.DataCounts;
import dev.rapport.domain.PasswordRules;
import dev.rapport.i18n.Messages;
import dev.rapport.service.Backup;
import dev.rapport.service.SafetyException;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Backups, restore and the database password, as the Settings screen offers them. Restoring
 * and changing the password close the data folder, so they go through the launcher's
 * {@link dev.rapport.ui.common.DataFolderControl}, which reopens the window afterwards.
 */
public final class SafetyViewModel {

    private final UiContext ctx;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty encrypted = new SimpleBooleanProperty();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final DateTimeFormatter when;

    public SafetyViewModel(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.notifier = notifier;
        this.msg = ctx.messages();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(msg.locale())
                .withZone(ZoneId.systemDefault());
        encrypted.set(ctx.folderControl().encrypted());
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty encryptedProperty() {
        return encrypted;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public boolean canReopen() {
        return ctx.folderControl().available();
    }

    /** Reloads the backup folder's list. */
    public void refresh() {
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.backups().list(), list -> {
            folder.set(ctx.backups().folder().toString());
            backups.setAll(list);
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    public void backupNow() {
        ctx.executor().submit(msg.get("safety.task.backup"), p -> ctx.backups().backupByHand(), made -> {
            notifier.status(msg.get("safety.backedUp", made.accounts(), made.contacts()));
            refresh();
        }, this::failed);
    }

    /** Sends future backups to another folder (a USB stick, a synced folder). */
    public void chooseFolder(Path chosen) {
        ctx.executor().submit(msg.get("task.saving"), p -> {
            ctx.backups().setFolder(chosen);
            return chosen;
        }, saved -> {
            notifier.status(msg.get("safety.folder.saved", saved.toString()));
            refresh();
        }, e -> ctx.dialogs().showError(msg.get("error.save"), e));
    }

    /** Asks, showing what will be replaced by what, and has the launcher restore and reopen. */
    public void restore(Backup backup) {
        if (backup == null) {
            return;
        }
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.backups().current(), now -> {
            String question = msg.get("safety.restore.confirm", describe(now), when.format(backup.created()),
                    describe(new DataCounts(backup.accounts(), backup.contacts())));
            if (ctx.dialogs().confirm(msg.get("safety.restore.title"), question, msg.get("safety.restore.button"))) {
                ctx.folderControl().restore(backup.file(), this::failed);
            }
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    String describe(DataCounts counts) {
        return counts.known() ? msg.get("safety.counts", counts.accounts(), counts.contacts())
                : msg.get("safety.counts.unknown");
    }

    /**
     * Turns encryption on (current null) or changes the password, after checking the new one.
     * The fields' arrays are wiped once handed on.
     */
    public boolean setPassword(char[] current, char[] next, char[] repeat) {
        errors.clear();
        String problem = PasswordRules.problemKey(next, repeat);
        if (PasswordRules.TOO_SHORT.equals(problem)) {
            errors.put("newPassword", msg.get(problem, PasswordRules.MIN_LENGTH));
        } else if (problem != null) {
            errors.put("repeatPassword", msg.get(problem));
        }
        if (encrypted.get() && current.length == 0) {
            errors.put("currentPassword", msg.get("safety.password.currentNeeded"));
        }
        Arrays.fill(repeat, '\0');
        if (!errors.isEmpty()) {
            return false;
        }
        ctx.folderControl().changePassword(encrypted.get() ? current : null, next, this::failed);
        return true;
    }

    /** Decrypts the database, after the user confirmed with the current password. */
    public boolean removePassword(char[] current) {
        errors.clear();
        if (current.length == 0) {
            errors.put("currentPassword", msg.get("safety.password.currentNeeded"));
            return false;
        }
        if (!ctx.dialogs().confirm(msg.get("safety.password.title"), msg.get("safety.password.removeConfirm"),
                msg.get("safety.password.remove"))) {
            return false;
        }
        ctx.folderControl().changePassword(current, null, this::failed);
        return true;
    }

    public String formatDate(Backup b) {
        return when.format(b.created());
    }

    public String formatSize(Backup b) {
        return msg.get("safety.size", Math.max(1, (b.size() + 1023) / 1024));
    }

    private void failed(Throwable e) {
        String key = e instanceof SafetyException s ? s.messageKey() : "safety.error.backup";
        ctx.dialogs().showError(msg.get(key), e);
    }
}
