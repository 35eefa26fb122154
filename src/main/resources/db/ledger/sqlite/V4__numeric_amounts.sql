-- Nothing changes in SQLite: its amounts stay exact decimal text (SQLite has no exact decimal type;
-- NUMERIC affinity would turn '0.10' into a float). The version exists so both dialects are at the
-- same schema version.
SELECT 1;
