-- A position stated as a percentage or a multiple of the baseline has no currency of its own: it
-- takes the baseline's. Only absolute amounts carry one.
ALTER TABLE offers ALTER COLUMN currency DROP NOT NULL;
