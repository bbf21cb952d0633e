-- Facts in the five seed articles (sources SEED000-SEED004) that the reference dataset lacks.

-- SEED004: "The defense cost-sharing issue was also discussed when South Korean President Moon Jae-in
-- and Trump held summit talks on the sidelines of the UN gathering on Monday" (2019-09-23, New York),
-- the day before the opening round of the 11th SMA.
INSERT INTO negotiators (name, name_ko, party) VALUES ('Moon Jae-in', '문재인', 'ROK');
INSERT INTO negotiators (name, name_ko, party) VALUES ('Donald Trump', '도널드 트럼프', 'US');
INSERT INTO appointments (negotiator_id, negotiation_id, title, role, from_date, to_date) VALUES
    ((SELECT id FROM negotiators WHERE name = 'Moon Jae-in'), (SELECT id FROM negotiations WHERE sma_number = 11),
     'President of the Republic of Korea (summit talks)', 'HIGH_LEVEL', DATE '2019-09-23', DATE '2019-09-23');
INSERT INTO appointments (negotiator_id, negotiation_id, title, role, from_date, to_date) VALUES
    ((SELECT id FROM negotiators WHERE name = 'Donald Trump'), (SELECT id FROM negotiations WHERE sma_number = 11),
     'President of the United States (summit talks)', 'HIGH_LEVEL', DATE '2019-09-23', DATE '2019-09-23');
INSERT INTO appointment_sources (appointment_id, source_id)
    SELECT a.id, s.id FROM appointments a, sources s
    WHERE a.from_date = DATE '2019-09-23' AND s.code = 'SEED004';
INSERT INTO rounds (negotiation_id, round_number, kind, start_date, end_date, city, country, outcome, summary) VALUES
    ((SELECT id FROM negotiations WHERE sma_number = 11), NULL, 'HIGH_LEVEL', DATE '2019-09-23', DATE '2019-09-23',
     'New York', 'United States', 'CONTINUED',
     'Moon-Trump summit on the sidelines of the UN General Assembly; defence cost-sharing was discussed and Moon stressed that the cost should come at a fair and reasonable level. The next day Trump told the UN that partners must pay their fair share.');
INSERT INTO round_participants (round_id, negotiator_id, role)
    SELECT r.id, n.id, 'LEAD' FROM rounds r, negotiators n
    WHERE r.start_date = DATE '2019-09-23' AND n.name IN ('Moon Jae-in', 'Donald Trump');
INSERT INTO round_sources (round_id, source_id)
    SELECT r.id, s.id FROM rounds r, sources s WHERE r.start_date = DATE '2019-09-23' AND s.code = 'SEED004';

-- Dollar figures the seed articles (and the Yonhap report of the 9th SMA) quote for a year's contribution.
-- They differ from each other and from a conversion at the annual average rate; all are kept.
INSERT INTO quoted_amounts (agreement_year_id, amount, currency, approximate, quote, source_id) VALUES
    ((SELECT id FROM agreement_years WHERE contribution_year = 2014), 867000000, 'USD', FALSE,
     'Seoul paid $867 million toward U.S. military costs that year', (SELECT id FROM sources WHERE code = 'SEED003'));
INSERT INTO quoted_amounts (agreement_year_id, amount, currency, approximate, quote, source_id) VALUES
    ((SELECT id FROM agreement_years WHERE contribution_year = 2014), 855700000, 'USD', FALSE,
     '920 billion won (US$855.7 million) this year', (SELECT id FROM sources WHERE code = 'YNA140207'));
INSERT INTO quoted_amounts (agreement_year_id, amount, currency, approximate, quote, source_id) VALUES
    ((SELECT id FROM agreement_years WHERE contribution_year = 2018), 890000000, 'USD', TRUE,
     'This year, South Korea is paying about $890 million, a little less than half of the total.', (SELECT id FROM sources WHERE code = 'SEED003'));
INSERT INTO quoted_amounts (agreement_year_id, amount, currency, approximate, quote, source_id) VALUES
    ((SELECT id FROM agreement_years WHERE contribution_year = 2019), 868000000, 'USD', FALSE,
     'South Korea agreed to pay 1.04 trillion won (US$868 million), an increase of 8.2 percent', (SELECT id FROM sources WHERE code = 'SEED004'));
INSERT INTO quoted_amounts (agreement_year_id, amount, currency, approximate, quote, source_id) VALUES
    ((SELECT id FROM agreement_years WHERE contribution_year = 2019), 870000000, 'USD', TRUE,
     'The last one-year deal, which called for Seoul to pay about $870 million, already expired at the end of 2019.', (SELECT id FROM sources WHERE code = 'SEED001'));
INSERT INTO quoted_amounts (agreement_year_id, amount, currency, approximate, quote, source_id) VALUES
    ((SELECT id FROM agreement_years WHERE contribution_year = 2019), 900000000, 'USD', TRUE,
     'five times more than its current annual contributions of about $900 million', (SELECT id FROM sources WHERE code = 'SEED000'));
