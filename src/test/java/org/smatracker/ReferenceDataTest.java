package org.smatracker;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations load the whole reference dataset and the seed articles' extra facts: counts per
 * table, every figure cited, and a few exact facts checked against the published record.
 */
@AppTest
@Transactional
class ReferenceDataTest {

	@Autowired
	JdbcTemplate jdbc;

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void everyTableIsLoadedCompletely() {
		assertThat(count("select count(*) from agreements")).isEqualTo(12);
		assertThat(count("select count(*) from agreement_years")).isEqualTo(36);
		assertThat(count("select count(*) from exchange_rates")).isEqualTo(35);
		// 114 in the dataset plus 19 found for the issue-14 audit (V71) and one in V73
		assertThat(count("select count(*) from sources")).isEqualTo(134);
		assertThat(count("select count(*) from negotiations")).isEqualTo(4);
		// 37 rounds of the dataset plus the Moon-Trump summit of seed 004
		assertThat(count("select count(*) from rounds")).isEqualTo(38);
		assertThat(count("select count(*) from offers")).isEqualTo(39);
		// 18 people in the dataset plus Moon Jae-in and Donald Trump from seed 004
		assertThat(count("select count(*) from negotiators")).isEqualTo(20);
		// plus Timothy Betts at the 11th SMA's pre-negotiation consultation (V71)
		assertThat(count("select count(*) from appointments")).isEqualTo(22);
		assertThat(count("select count(*) from quoted_amounts")).isEqualTo(6);
	}

	@Test
	void everyFigureCitesAtLeastOneSource() {
		assertThat(count("select count(*) from offers o where not exists "
				+ "(select 1 from offer_sources s where s.offer_id = o.id)")).isZero();
		assertThat(count("select count(*) from rounds r where not exists "
				+ "(select 1 from round_sources s where s.round_id = r.id)")).isZero();
		assertThat(count("select count(*) from agreements a where not exists "
				+ "(select 1 from agreement_sources s where s.agreement_id = a.id)")).isZero();
		assertThat(count("select count(*) from agreement_years y where not exists "
				+ "(select 1 from agreement_year_sources s where s.agreement_year_id = y.id)")).isZero();
		assertThat(count("select count(*) from appointments a where not exists "
				+ "(select 1 from appointment_sources s where s.appointment_id = a.id)")).isZero();
	}

	@Test
	void exactFactsOfTheRecord() {
		BigDecimal tenth2019 = jdbc.queryForObject("select y.amount from agreement_years y join agreements a "
				+ "on a.id = y.agreement_id where a.sma_number = 10 and y.contribution_year = 2019", BigDecimal.class);
		assertThat(tenth2019).isEqualByComparingTo("1038900000000");

		BigDecimal eleventh2021 = jdbc.queryForObject(
				"select amount from agreement_years where contribution_year = 2021", BigDecimal.class);
		assertThat(eleventh2021).isEqualByComparingTo("1183300000000");

		assertThat(jdbc.queryForObject("select headline_year from agreements where sma_number = 11", Integer.class))
			.isEqualTo(2021);
		assertThat(jdbc.queryForObject("select krw_per_usd from exchange_rates where rate_year = 2020",
				BigDecimal.class))
			.isEqualByComparingTo("1180.56");
		// Chief negotiators change inside one negotiation: two Korean chiefs are recorded for the 11th SMA.
		assertThat(count("select count(*) from appointments a join negotiators n on n.id = a.negotiator_id "
				+ "join negotiations g on g.id = a.negotiation_id "
				+ "where g.sma_number = 11 and n.party = 'ROK' and a.role = 'CHIEF'")).isEqualTo(2);
		// Background facts are loaded but marked unconfirmed.
		assertThat(count("select count(*) from sources where code like 'BG-%' and confirmed = false")).isEqualTo(4);
	}

	@Test
	void conflictingReportsAreBothKept() {
		// Whose "US$1.3 billion" it was in September 2020: the disputed ROK claim and the US ask.
		assertThat(count("select count(*) from offers where reported_date = DATE '2020-09-11' "
				+ "and amount = 1300000000")).isEqualTo(2);
		// The US opening demand: US$5 billion and US$4.7 billion.
		assertThat(count("select count(*) from offers where party = 'US' and kind = 'DEMAND' "
				+ "and amount in (5000000000, 4700000000) and status = 'CURRENT'")).isEqualTo(2);
		// The dollar value of the 2019 amount: US$868 million and about US$870 million.
		assertThat(count("select count(*) from quoted_amounts q join agreement_years y on y.id = q.agreement_year_id "
				+ "where y.contribution_year = 2019 and q.amount in (868000000, 870000000)")).isEqualTo(2);
	}

}
