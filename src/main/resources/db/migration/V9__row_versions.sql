-- Optimistic concurrency (issue 17): every table a user edits carries a row version. An update or a
-- delete names the version it read and bumps it; a write that matches no row is a conflict, so a stale
-- editor (another window, the command line, an undo) can never overwrite a newer change. Child rows
-- (tags, contact points, SWOT, action contacts) are guarded by their parent's version. Existing rows
-- start at 1.
ALTER TABLE account ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE contact ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE family_member ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE important_date ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE gift ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE gift_idea ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE plan ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE plan_action ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE account_exit ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE interaction ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
