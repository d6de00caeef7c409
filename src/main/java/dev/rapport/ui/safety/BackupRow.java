package dev.rapport.ui.safety;

import dev.rapport.service.Backup;

/**
 * One backup as the Settings screen's table shows it, its columns already in the user's language.
 * The view shows rows; only the view model looks inside the backup.
 */
public record BackupRow(String date, String size, String accounts, String contacts, String kind, Backup backup) {
}
