package org.smatracker.datahealth;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.datahealth.Facts.Acknowledgement;
import org.smatracker.datahealth.Facts.AgreementFacts;
import org.smatracker.datahealth.Facts.AppointmentFacts;
import org.smatracker.datahealth.Facts.CitedRecord;
import org.smatracker.datahealth.Facts.DateFact;
import org.smatracker.datahealth.Facts.Lead;
import org.smatracker.datahealth.Facts.NegotiationFacts;
import org.smatracker.datahealth.Facts.QuotedFacts;
import org.smatracker.datahealth.Facts.RoundFacts;
import org.smatracker.datahealth.Facts.SourceRef;
import org.smatracker.datahealth.Facts.YearFacts;

/**
 * Reads the live record (deleted rows left out) into plain {@link Facts} with a fixed number of
 * queries, and runs the checker over it.
 */
@Service
public class DataHealthService {

	private final JdbcTemplate jdbc;

	DataHealthService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Finding> findings() {
		return DataHealthChecker.check(facts());
	}

	/**
	 * The findings about one page's records ("/agreements/13" finds the agreement and its years), so
	 * that a form saved with a suspicious amount or date is answered with a warning, not refused.
	 */
	@Transactional(readOnly = true)
	public List<Finding> findingsOn(String path) {
		return findings().stream()
			.filter(f -> f.record().path().equals(path) || f.record().path().startsWith(path + "#"))
			.filter(f -> f.severity() != Severity.INFO)
			.toList();
	}

	@Transactional(readOnly = true)
	public Facts facts() {
		Map<Long, SourceRef> sources = new HashMap<>();
		jdbc.query("SELECT id, code, confirmed FROM sources WHERE deleted = FALSE",
				rs -> {
					sources.put(rs.getLong(1), new SourceRef(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
				});
		Map<Long, List<SourceRef>> agreementSources = links("agreement_sources", "agreement_id", sources);
		Map<Long, List<SourceRef>> yearSources = links("agreement_year_sources", "agreement_year_id", sources);
		Map<Long, List<SourceRef>> roundSources = links("round_sources", "round_id", sources);
		Map<Long, List<SourceRef>> appointmentSources = links("appointment_sources", "appointment_id", sources);
		Map<Long, List<SourceRef>> offerSources = links("offer_sources", "offer_id", sources);
		Map<Long, List<SourceRef>> rateSources = links("exchange_rate_sources", "exchange_rate_id", sources);

		Map<Long, List<QuotedFacts>> quoted = new HashMap<>();
		jdbc.query("SELECT agreement_year_id, amount, currency, source_id FROM quoted_amounts", rs -> {
			quoted.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new QuotedFacts(rs.getBigDecimal(2), rs.getString(3), sources.get(rs.getLong(4))));
		});
		Map<Long, List<YearFacts>> years = new HashMap<>();
		jdbc.query("SELECT id, agreement_id, contribution_year, amount, currency, basis FROM agreement_years "
				+ "ORDER BY contribution_year", rs -> {
					long id = rs.getLong(1);
					years.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
						.add(new YearFacts(id, rs.getInt(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6),
								cited(yearSources, id), quoted.getOrDefault(id, List.of())));
				});
		List<AgreementFacts> agreements = jdbc.query("SELECT id, sma_number, first_year, last_year, escalation_rule, "
				+ "escalation_rate_pct, escalation_floor_pct, escalation_cap_pct, escalation_detail, "
				+ "first_year_amount_krw, usd_equivalent_quoted, signed_date, signed_source_id, signed_note, "
				+ "ratified_date, ratified_source_id, ratified_note, in_force_date, in_force_source_id, in_force_note "
				+ "FROM agreements WHERE deleted = FALSE ORDER BY sma_number", (rs, i) -> {
					long id = rs.getLong(1);
					return new AgreementFacts(id, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
							rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9),
							rs.getBigDecimal(10), rs.getBigDecimal(11), date(rs, 12, sources), date(rs, 15, sources),
							date(rs, 18, sources), years.getOrDefault(id, List.of()),
							cited(agreementSources, id));
				});
		List<NegotiationFacts> negotiations = jdbc.query(
				"SELECT id, sma_number, start_date, end_date FROM negotiations WHERE deleted = FALSE",
				(rs, i) -> new NegotiationFacts(rs.getLong(1), rs.getInt(2), local(rs.getDate(3)), local(rs.getDate(4))));
		Map<Long, List<Lead>> leads = new HashMap<>();
		jdbc.query("SELECT p.round_id, n.id, n.name FROM round_participants p JOIN negotiators n "
				+ "ON n.id = p.negotiator_id WHERE p.role = 'LEAD'", rs -> {
					leads.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Lead(rs.getLong(2), rs.getString(3)));
				});
		List<RoundFacts> rounds = jdbc.query("SELECT r.id, g.sma_number, r.round_number, r.kind, r.start_date, "
				+ "r.end_date, r.outcome, r.summary FROM rounds r JOIN negotiations g ON g.id = r.negotiation_id "
				+ "WHERE r.deleted = FALSE AND g.deleted = FALSE", (rs, i) -> {
					long id = rs.getLong(1);
					Integer number = rs.getObject(3) == null ? null : rs.getInt(3);
					return new RoundFacts(id, rs.getInt(2), number, rs.getString(4), local(rs.getDate(5)),
							local(rs.getDate(6)), rs.getString(7), rs.getString(8), leads.getOrDefault(id, List.of()),
							cited(roundSources, id));
				});
		List<AppointmentFacts> appointments = jdbc.query("SELECT a.id, n.id, n.name, g.sma_number, a.role, "
				+ "a.from_date, a.to_date FROM appointments a JOIN negotiators n ON n.id = a.negotiator_id "
				+ "JOIN negotiations g ON g.id = a.negotiation_id WHERE n.deleted = FALSE AND g.deleted = FALSE",
				(rs, i) -> new AppointmentFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
						rs.getString(5), local(rs.getDate(6)), local(rs.getDate(7)),
						cited(appointmentSources, rs.getLong(1))));
		List<CitedRecord> others = new ArrayList<>();
		jdbc.query("SELECT o.id, g.sma_number FROM offers o JOIN negotiations g ON g.id = o.negotiation_id "
				+ "WHERE o.deleted = FALSE AND g.deleted = FALSE", rs -> {
					others.add(new CitedRecord(RecordRef.position(rs.getLong(1), rs.getInt(2)),
							cited(offerSources, rs.getLong(1))));
				});
		Map<Long, List<SourceRef>> statementSources = links("term_statement_sources", "term_statement_id", sources);
		jdbc.query("SELECT t.id, a.sma_number FROM term_statements t JOIN agreements a ON a.id = t.agreement_id "
				+ "WHERE t.deleted = FALSE AND a.deleted = FALSE", rs -> {
					others.add(new CitedRecord(RecordRef.termStatement(rs.getLong(1), rs.getInt(2)),
							cited(statementSources, rs.getLong(1))));
				});
		Map<Integer, BigDecimal> rates = new HashMap<>();
		jdbc.query("SELECT id, rate_year, krw_per_usd FROM exchange_rates WHERE deleted = FALSE", rs -> {
			rates.put(rs.getInt(2), rs.getBigDecimal(3));
			others.add(new CitedRecord(RecordRef.exchangeRate(rs.getLong(1), rs.getInt(2)),
					cited(rateSources, rs.getLong(1))));
		});
		List<Acknowledgement> acknowledgements = jdbc.query(
				"SELECT rule, record_type, record_id, note FROM data_health_notes",
				(rs, i) -> new Acknowledgement(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
		return new Facts(agreements, negotiations, rounds, appointments, others, rates, acknowledgements);
	}

	private Map<Long, List<SourceRef>> links(String table, String column, Map<Long, SourceRef> sources) {
		Map<Long, List<SourceRef>> links = new HashMap<>();
		// Table and column names are constants of this class, never input.
		jdbc.query("SELECT " + column + ", source_id FROM " + table, rs -> {
			SourceRef source = sources.get(rs.getLong(2));
			if (source != null) {
				links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(source);
			}
		});
		return links;
	}

	private static List<SourceRef> cited(Map<Long, List<SourceRef>> links, long id) {
		return links.getOrDefault(id, List.of());
	}

	private static DateFact date(ResultSet rs, int column, Map<Long, SourceRef> sources) throws SQLException {
		LocalDate date = local(rs.getDate(column));
		long sourceId = rs.getLong(column + 1);
		SourceRef source = rs.wasNull() ? null : sources.get(sourceId);
		return new DateFact(date, source, rs.getString(column + 2));
	}

	private static LocalDate local(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
