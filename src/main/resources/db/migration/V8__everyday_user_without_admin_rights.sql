-- Everyday work runs as RAPPORT, a user without admin rights. In H2 only an administrator may use
-- what reaches files or Java: FILE_READ, FILE_WRITE, CSVREAD, CSVWRITE, LINK_SCHEMA, RUNSCRIPT,
-- SCRIPT, BACKUP, CREATE ALIAS, linked tables, database settings. So no statement Rapport runs for a
-- screen or a command can reach them, whatever text ends up in it. Migrations, backups and the
-- forced write after a save run as SA. The password is empty: the file key (CIPHER=AES) is what
-- protects an encrypted database, and whoever has the key is its owner anyway.
CREATE USER IF NOT EXISTS RAPPORT PASSWORD '';
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO RAPPORT;
