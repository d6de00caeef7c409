-- Who wrote each versioned row's current version (issue 17, decision 0017): 'window', 'window:planner',
-- 'cli:import'... Written by every insert, update, soft delete and undo that sets or bumps row_version, so
-- a refused save can say who made the newer change. Rows written before this migration keep NULL: unknown.
ALTER TABLE account ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE contact ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE family_member ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE important_date ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE gift ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE gift_idea ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE plan ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE plan_action ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE account_exit ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE interaction ADD COLUMN changed_by VARCHAR(64);
-- A person's preference tags (contact_tag) get a version of their own, checked and bumped by every tag write:
-- two memory panes of one person can no longer overwrite each other's tags (the known gap of decision 0014).
-- Not the person's row_version: the person editor never writes the tags, and bumping it would refuse a
-- person's save after a tag change that it could not have lost. When and by whom, as for the rows above.
ALTER TABLE contact ADD COLUMN tags_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE contact ADD COLUMN tags_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE contact ADD COLUMN tags_changed_by VARCHAR(64);
