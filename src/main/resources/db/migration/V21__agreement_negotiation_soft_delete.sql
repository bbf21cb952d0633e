-- Agreements and negotiations entered by mistake can be deleted like the rest of the record:
-- marked, hidden, and restorable by an admin.
ALTER TABLE agreements ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE negotiations ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
