-- Amounts as NUMERIC, so finance can sum and compare them in SQL. Unconstrained NUMERIC keeps each
-- value's scale exactly as written ('16000' stays 16000, '655550.50' stays 655550.50), so an amount
-- reads back as the very text its row hash and seal were computed over: every chain verifies as before.
ALTER TABLE decision_lines ALTER COLUMN amount TYPE NUMERIC USING amount::NUMERIC;
ALTER TABLE payments ALTER COLUMN amount TYPE NUMERIC USING amount::NUMERIC;
