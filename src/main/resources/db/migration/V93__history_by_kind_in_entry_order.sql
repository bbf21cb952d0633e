-- The history of one kind of record in the order it was written. A negotiation page reads its
-- positions' edits after the last entry it has folded (entity_type = 'position' and id > a mark, for
-- the page's positions). Through (entity_type, entity_id, changed_at) H2 could use only the kind, so
-- every view after a write read every position entry ever written, and more with every edit; with
-- this index it reads only the entries after the mark (docs/performance.md, "What was changed" 28).
CREATE INDEX ix_audit_log_type_entry ON audit_log (entity_type, id);
