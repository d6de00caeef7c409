-- Plans deleted by hand are soft-deleted (deleted_at) so the delete can be undone with the same
-- plan and action ids (calendar entries exported for the actions keep their UIDs).

ALTER TABLE plan ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

-- Still one plan per account per year, counting only the plans not deleted: a deleted plan's
-- year can be planned again. live_year is NULL for a deleted plan, and NULLs never collide.
ALTER TABLE plan ADD COLUMN live_year SMALLINT GENERATED ALWAYS AS (CASE WHEN deleted_at IS NULL THEN plan_year END);
ALTER TABLE plan DROP CONSTRAINT plan_one_per_year;
ALTER TABLE plan ADD CONSTRAINT plan_one_live_per_year UNIQUE (account_id, live_year);
CREATE INDEX plan_deleted ON plan (deleted_at);
