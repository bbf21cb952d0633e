-- Foreign keys that pages read by, without an index of their own on PostgreSQL (H2 makes one for every
-- foreign key itself, so there these are second indexes on the same column, which costs little).
-- offers.round_id: the timeline reads the positions at the rounds of a period; on a record 100 times
-- the real one PostgreSQL read all 50,000 positions for it (45 ms a page; docs/performance.md).
CREATE INDEX ix_offers_round ON offers (round_id);
-- appointments.negotiation_id: a negotiation's page; its unique key starts with the negotiator.
CREATE INDEX ix_appointments_negotiation ON appointments (negotiation_id, from_date);
-- round_participants.negotiator_id: a negotiator's page, the rounds they took part in.
CREATE INDEX ix_round_participants_negotiator ON round_participants (negotiator_id);
