-- The customer group an account was in when it left, so churn by tier, party type or industry
-- counts the exit where it happened, not where a later edit of the account has moved it.

ALTER TABLE account_exit ADD COLUMN tier_at_exit VARCHAR(1);
ALTER TABLE account_exit ADD COLUMN party_type_at_exit VARCHAR(30);
ALTER TABLE account_exit ADD COLUMN industry_at_exit VARCHAR(200);

-- Exits recorded before now: the account's current values are the best we know.
UPDATE account_exit e SET
    tier_at_exit = (SELECT a.tier FROM account a WHERE a.id = e.account_id),
    party_type_at_exit = (SELECT a.party_type FROM account a WHERE a.id = e.account_id),
    industry_at_exit = (SELECT a.industry FROM account a WHERE a.id = e.account_id);
