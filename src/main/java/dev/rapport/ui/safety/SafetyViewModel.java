package dev.rapport.ui.safety;

import dev.rapport.domain.DataCounts;
import dev.rapport.domain.PasswordRules;
import dev.rapport.i18n.Messages;
import dev.rapport.service.Backup;
import dev.rapport.service.BackupService;
import dev.rapport.service.SafetyException;
import dev.rapport.ui.common.DataFolderControl;
import dev.rapport.ui.common.DialogService;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.TaskExecutor;
import dev.rapport.ui.common.UiKit;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Backups, restore and the database password, as the Settings screen offers them. Restoring
 * and changing the password close the data folder, so they go through the launcher's
 * {@link dev.rapport.ui.common.DataFolderControl}, which reopens the window afterwards.
 */
public final class SafetyViewModel {

    private final BackupService backupService;
    private final DataFolderControl folderControl;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Messages msg;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty encrypted = new SimpleBooleanProperty();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final DateTimeFormatter when;

    /**
     * @param folderControl closes and reopens the data folder for a restore or a password change
     *                      (the launcher; unavailable when no launcher is behind the window)
     */
    public SafetyViewModel(BackupService backups, DataFolderControl folderControl, Notifier notifier, UiKit kit) {
        this.backupService = backups;
        this.folderControl = folderControl;
        this.executor = kit.executor();
        this.dialogs = kit.dialogs();
        this.notifier = notifier;
        this.msg = kit.messages();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(msg.locale())
                .withZone(ZoneId.systemDefault());
        encrypted.set(folderControl.encrypted());
        this.backups.addListener((ListChangeListener<Backup>) c -> rows.setAll(
                this.backups.stream().map(this::row).toList()));
    }

    private BackupRow row(Backup b) {
        return new BackupRow(formatDate(b), formatSize(b), formatCount(b, b.accounts()), formatCount(b, b.contacts()),
                formatKind(b), b);
    }

    /** The backups as the table shows them, newest first as listed. */
    public ObservableList<BackupRow> rows() {
        return rows;
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
        return folderControl.available();
    }

    /** Reloads the backup folder's list. */
    public void refresh() {
        executor.submit(msg.get("task.loading"), p -> backupService.list(), list -> {
            folder.set(backupService.folder().toString());
            backups.setAll(list);
        }, e -> dialogs.showError(msg.get("error.load"), e));
    }

    public void backupNow() {
        executor.submit(msg.get("safety.task.backup"), p -> backupService.backupByHand(), made -> {
            notifier.status(msg.get("safety.backedUp", made.accounts(), made.contacts()));
            refresh();
        }, this::failed);
    }

    /** Sends future backups to another folder (a USB stick, a synced folder). */
    public void chooseFolder(Path chosen) {
        executor.submit(msg.get("task.saving"), p -> {
            backupService.setFolder(chosen);
            return chosen;
        }, saved -> {
            notifier.status(msg.get("safety.folder.saved", saved.toString()));
            refresh();
        }, e -> dialogs.showError(msg.get("error.save"), e));
    }

    /** Restores the backup the row shows; see {@link #restore(Backup)}. */
    public void restore(BackupRow row) {
        restore(row == null ? null : row.backup());
    }

    /** Asks, showing what will be replaced by what, and has the launcher restore and reopen. */
    public void restore(Backup backup) {
        if (backup == null) {
            return;
        }
        executor.submit(msg.get("task.loading"), p -> backupService.current(), now -> {
            String question = msg.get("safety.restore.confirm", describe(now), when.format(backup.created()),
                    describe(new DataCounts(backup.accounts(), backup.contacts())));
            if (dialogs.confirmDestructive(msg.get("safety.restore.title"), question, msg.get("safety.restore.button"))) {
                folderControl.restore(backup.file(), this::failed);
            }
        }, e -> dialogs.showError(msg.get("error.load"), e));
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
        folderControl.changePassword(encrypted.get() ? current : null, next, this::failed);
        return true;
    }

    /** Decrypts the database, after the user confirmed with the current password. */
    public boolean removePassword(char[] current) {
        errors.clear();
        if (current.length == 0) {
            errors.put("currentPassword", msg.get("safety.password.currentNeeded"));
            return false;
        }
        if (!dialogs.confirmDestructive(msg.get("safety.password.title"), msg.get("safety.password.removeConfirm"),
                msg.get("safety.password.remove"))) {
            return false;
        }
        folderControl.changePassword(current, null, this::failed);
        return true;
    }

    String formatDate(Backup b) {
        return when.format(b.created());
    }

    /** What kind of backup it is, and whether it is encrypted, in the user's language. */
    String formatKind(Backup b) {
        return msg.get(kindKey(b.kind())) + (b.encrypted() ? " · " + msg.get("safety.kind.encrypted") : "");
    }

    private static String kindKey(String kind) {
        return switch (kind) {
            case "regular" -> "safety.kind.regular";
            case "manual" -> "safety.kind.manual";
            case "before-restore" -> "safety.kind.beforerestore";
            case "before-migration" -> "safety.kind.beforemigration";
            default -> "safety.kind.other";
        };
    }

    /** The count of accounts or contacts a backup holds, "?" for an old backup that did not record it. */
    String formatCount(Backup b, int count) {
        return b.countsKnown() ? Integer.toString(count) : "?";
    }

    String formatSize(Backup b) {
        return msg.get("safety.size", Math.max(1, (b.size() + 1023) / 1024));
    }

    private void failed(Throwable e) {
        String key = e instanceof SafetyException s ? s.messageKey() : "safety.error.backup";
        dialogs.showError(msg.get(key), e);
    }
}
