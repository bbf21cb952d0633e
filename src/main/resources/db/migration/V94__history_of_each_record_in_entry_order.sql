-- Each record's history in the order it was written, in place of (entity_type, entity_id, changed_at).
-- Two reads of a negotiation page go through it: its positions' edits after the page's mark (one probe
-- per position: entity_type, entity_id and id > mark), and the newest entry of each of its parts (the
-- last entry of each record, read backwards from the end). Through the old index H2 read every entry
-- of a position at each view, more with every edit of it: 2 ms and 1.5 ms a view after 3,000 edits of
-- one position (docs/performance.md, "What was changed" 30). The old one goes: with both, H2 took the
-- old one for the newest entry and read every entry again. A record's history, newest first, and its
-- latest time read all of that record's entries either way.
DROP INDEX ix_audit_log_entity;
CREATE INDEX ix_audit_log_entity_entry ON audit_log (entity_type, entity_id, id);
