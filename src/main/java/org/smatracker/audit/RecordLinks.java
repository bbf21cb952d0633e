package org.smatracker.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a history page needs to read like the record's own page: the address of the record (to go
 * back to it) and, per field, the message prefix its stored codes are shown with ("DEMAND" reads
 * "Demand"). Read with SQL so that {@code audit} imports no feature.
 */
@Component
class RecordLinks {

	private static final Map<String, Map<String, String>> LABELS = Map.of("position",
			Map.of("party", "party.", "kind", "offer.kind.", "form", "offer.form.", "reliability", "reliability.",
					"status", "offer.status.", "currency", "currency."),
			"round", Map.of("kind", "round.kind.", "outcome", "outcome."), "agreement",
			Map.of("status", "agreement.status.", "escalationRule", "escalation."), "negotiator",
			Map.of("party", "party."));

	private final JdbcTemplate jdbc;

	RecordLinks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> labels(String type) {
		return LABELS.getOrDefault(type, Map.of());
	}

	/** The record's page, deleted or not; null for a kind of record without one. */
	String page(String type, long id) {
		return switch (type) {
			case "round" -> first("select '/negotiations/' || n.sma_number || '#round-' || r.id from rounds r "
					+ "join negotiations n on n.id = r.negotiation_id where r.id = ?", id);
			case "position" -> first("select '/negotiations/' || n.sma_number || '#positions' from offers o "
					+ "join negotiations n on n.id = o.negotiation_id where o.id = ?", id);
			case "negotiation" -> first("select '/negotiations/' || sma_number from negotiations where id = ?", id);
			case "agreement" -> first("select '/agreements/' || sma_number from agreements where id = ?", id);
			case "source" -> "/sources/" + id;
			case "negotiator" -> "/negotiators/" + id;
			case "exchange-rate" -> "/exchange-rates";
			default -> null;
		};
	}

	private String first(String sql, long id) {
		List<String> found = jdbc.queryForList(sql, String.class, id);
		return found.isEmpty() ? null : found.get(0);
	}

}
