-- Only for store.MigrationBackupTest: a later migration, so that a backup is due before it.
CREATE TABLE safety_test_only (id INT PRIMARY KEY);
