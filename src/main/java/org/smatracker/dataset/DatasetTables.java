package org.smatracker.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the dataset, in an order where every table comes after the tables it references,
 * with each column's type and rules as the schema (V1, V20, V70) states them. Users, the change history
 * and Flyway's own table are not part of the dataset.
 */
public final class DatasetTables {

	private DatasetTables() {
	}

	enum Type {

		ID, INT, DATE, DECIMAL, BOOL, TEXT, ENUM

	}

	/**
	 * One column: its type, whether it may be missing, the longest text, the allowed values of an
	 * enumeration, the decimal's precision and scale, the table it references.
	 */
	public record Column(String name, Type type, boolean nullable, int maxLength, Set<String> values, int precision,
			int scale, String references) {

		static Column id() {
			return new Column("id", Type.ID, false, 0, Set.of(), 0, 0, null);
		}

		static Column version() {
			return new Column("version", Type.ID, false, 0, Set.of(), 0, 0, null);
		}

		static Column ref(String name, String table, boolean nullable) {
			return new Column(name, Type.ID, nullable, 0, Set.of(), 0, 0, table);
		}

		static Column integer(String name, boolean nullable) {
			return new Column(name, Type.INT, nullable, 0, Set.of(), 0, 0, null);
		}

		static Column date(String name, boolean nullable) {
			return new Column(name, Type.DATE, nullable, 0, Set.of(), 0, 0, null);
		}

		static Column decimal(String name, int precision, int scale, boolean nullable) {
			return new Column(name, Type.DECIMAL, nullable, 0, Set.of(), precision, scale, null);
		}

		static Column bool(String name) {
			return new Column(name, Type.BOOL, false, 0, Set.of(), 0, 0, null);
		}

		static Column text(String name, int maxLength, boolean nullable) {
			return new Column(name, Type.TEXT, nullable, maxLength, Set.of(), 0, 0, null);
		}

		static Column choice(String name, String... values) {
			return new Column(name, Type.ENUM, false, 0, Set.of(values), 0, 0, null);
		}

		static Column optionalChoice(String name, String... values) {
			return new Column(name, Type.ENUM, true, 0, Set.of(values), 0, 0, null);
		}

		/** The value as the database takes it, or an explanation of why it is not one. */
		Object parse(String text) {
			if (text == null) {
				if (!nullable) {
					throw new IllegalArgumentException("column " + name + " must have a value");
				}
				return null;
			}
			try {
				return switch (type) {
					case ID -> Long.valueOf(text);
					case INT -> Integer.valueOf(text);
					case DATE -> LocalDate.parse(text);
					case BOOL -> switch (text) {
						case "true" -> Boolean.TRUE;
						case "false" -> Boolean.FALSE;
						default -> throw new IllegalArgumentException(
								"column " + name + ": '" + text + "' is not true or false");
					};
					case DECIMAL -> decimal(text);
					case TEXT -> {
						if (text.length() > maxLength) {
							throw new IllegalArgumentException(
									"column " + name + " is longer than " + maxLength + " characters");
						}
						yield text;
					}
					case ENUM -> {
						if (!values.contains(text)) {
							throw new IllegalArgumentException("column " + name + ": '" + text + "' is not one of "
									+ values.stream().sorted().toList());
						}
						yield text;
					}
				};
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("column " + name + ": '" + text + "' is not a whole number");
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("column " + name + ": '" + text + "' is not a date (yyyy-MM-dd)");
			}
		}

		private BigDecimal decimal(String text) {
			BigDecimal value;
			try {
				value = new BigDecimal(text);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("column " + name + ": '" + text + "' is not a number");
			}
			if (value.scale() > scale || value.precision() - value.scale() > precision - scale) {
				throw new IllegalArgumentException("column " + name + ": '" + text + "' has more than "
						+ (precision - scale) + " digits before or " + scale + " after the point");
			}
			return value;
		}

	}

	/** A table: its columns, the columns of its primary key, and its other unique keys. */
	public record Table(String name, List<Column> columns, List<String> primaryKey, List<List<String>> uniqueKeys) {

		boolean hasIdentity() {
			return primaryKey.equals(List.of("id"));
		}

		List<String> columnNames() {
			return columns.stream().map(Column::name).toList();
		}

		String fileName() {
			return name + ".csv";
		}

	}

	private static Table table(String name, List<String> primaryKey, List<List<String>> unique, Column... columns) {
		return new Table(name, List.of(columns), primaryKey, unique);
	}

	private static Table link(String name, String owner, String ownerTable) {
		return table(name, List.of(owner, "source_id"), List.of(), Column.ref(owner, ownerTable, false),
				Column.ref("source_id", "sources", false));
	}

	private static final List<String> ID = List.of("id");

	static final String[] CURRENCIES = { "KRW", "USD" };

	public static final List<Table> ALL = List.of(
			table("sources", ID, List.of(List.of("code")), Column.id(), Column.text("code", 40, false),
					Column.text("title", 500, false), Column.text("publisher", 200, true),
					Column.date("published_date", true), Column.text("url", 2000, true),
					Column.text("quote_or_note", 4000, true), Column.bool("confirmed"), Column.version(),
					Column.bool("deleted")),
			table("exchange_rates", ID, List.of(List.of("rate_year")), Column.id(), Column.integer("rate_year", false),
					Column.decimal("krw_per_usd", 12, 4, false), Column.version(),
					Column.bool("deleted")),
			link("exchange_rate_sources", "exchange_rate_id", "exchange_rates"),
			table("agreements", ID, List.of(List.of("sma_number")), Column.id(), Column.integer("sma_number", false),
					Column.integer("first_year", false), Column.integer("last_year", false),
					Column.integer("headline_year", false), Column.date("signed_date", true),
					Column.date("ratified_date", true),
					Column.choice("status", "NEGOTIATING", "SIGNED", "IN_FORCE", "EXPIRED", "LAPSED"),
					Column.choice("escalation_rule", "NONE", "FIXED_PERCENT", "CPI_LINKED", "DEFENCE_BUDGET_LINKED",
							"FROZEN"),
					Column.text("escalation_detail", 1000, true), Column.decimal("escalation_rate_pct", 7, 3, true),
					Column.decimal("escalation_floor_pct", 7, 3, true), Column.decimal("escalation_cap_pct", 7, 3, true),
					Column.decimal("first_year_amount_krw", 20, 0, true),
					Column.decimal("usd_equivalent_quoted", 20, 0, true), Column.version(), Column.bool("deleted"),
					// V70: entry into force, and each date's own source or a note that it is not known
					Column.date("in_force_date", true), Column.ref("signed_source_id", "sources", true),
					Column.ref("ratified_source_id", "sources", true), Column.ref("in_force_source_id", "sources", true),
					Column.text("signed_note", 1000, true), Column.text("ratified_note", 1000, true),
					Column.text("in_force_note", 1000, true)),
			link("agreement_sources", "agreement_id", "agreements"),
			table("term_statements", ID, List.of(), Column.id(), Column.ref("agreement_id", "agreements", false),
					Column.date("statement_date", false), Column.choice("party", "ROK", "US", "BOTH"),
					Column.choice("kind", "DEMAND", "POSITION", "JOINT"), Column.decimal("amount", 24, 4, true),
					Column.text("currency", 3, true), Column.bool("per_year"), Column.integer("applies_to_year", true),
					Column.text("summary", 2000, false), Column.text("quote", 2000, true), Column.version(),
					Column.bool("deleted")),
			link("term_statement_sources", "term_statement_id", "term_statements"),
			table("agreement_years", ID, List.of(List.of("agreement_id", "contribution_year")), Column.id(),
					Column.ref("agreement_id", "agreements", false), Column.integer("contribution_year", false),
					Column.decimal("amount", 20, 2, false), Column.choice("currency", CURRENCIES),
					Column.choice("basis", "ACTUAL", "SCHEDULED", "FROZEN"), Column.version()),
			link("agreement_year_sources", "agreement_year_id", "agreement_years"),
			table("quoted_amounts", ID, List.of(), Column.id(), Column.ref("agreement_year_id", "agreement_years", false),
					Column.decimal("amount", 20, 2, false), Column.choice("currency", CURRENCIES),
					Column.bool("approximate"), Column.text("quote", 2000, true),
					Column.ref("source_id", "sources", false), Column.version()),
			table("negotiations", ID, List.of(List.of("sma_number"), List.of("agreement_id")), Column.id(), Column.integer("sma_number", false),
					Column.ref("agreement_id", "agreements", true), Column.date("start_date", false),
					Column.date("end_date", true), Column.version(), Column.bool("deleted")),
			table("negotiators", ID, List.of(List.of("name", "party")), Column.id(), Column.text("name", 120, false),
					Column.text("name_ko", 120, true), Column.choice("party", "ROK", "US"),
					Column.version(), Column.bool("deleted")),
			table("appointments", ID, List.of(List.of("negotiator_id", "negotiation_id", "role")), Column.id(),
					Column.ref("negotiator_id", "negotiators", false), Column.ref("negotiation_id", "negotiations", false),
					Column.text("title", 300, false), Column.choice("role", "CHIEF", "DEPUTY", "HIGH_LEVEL"),
					Column.date("from_date", false), Column.date("to_date", true), Column.version()),
			link("appointment_sources", "appointment_id", "appointments"),
			table("rounds", ID, List.of(), Column.id(), Column.ref("negotiation_id", "negotiations", false),
					Column.integer("round_number", true),
					Column.choice("kind", "FORMAL", "VIDEO", "HIGH_LEVEL", "WORKING_LEVEL"),
					Column.date("start_date", false), Column.date("end_date", true), Column.text("city", 100, true),
					Column.text("country", 100, true),
					Column.choice("outcome", "CONTINUED", "PROGRESS", "STALLED", "WALKED_OUT",
							"AGREEMENT_IN_PRINCIPLE", "CONCLUDED"),
					Column.text("summary", 4000, true), Column.version(), Column.bool("deleted")),
			table("round_participants", List.of("round_id", "negotiator_id"), List.of(),
					Column.ref("round_id", "rounds", false), Column.ref("negotiator_id", "negotiators", false),
					Column.choice("role", "LEAD", "MEMBER")),
			link("round_sources", "round_id", "rounds"),
			table("offers", ID, List.of(), Column.id(), Column.ref("negotiation_id", "negotiations", false),
					Column.ref("round_id", "rounds", true), Column.date("reported_date", false),
					Column.choice("party", "ROK", "US"),
					Column.choice("kind", "DEMAND", "OFFER", "COUNTER_OFFER", "TENTATIVE_DEAL"),
					Column.choice("form", "ABSOLUTE", "PERCENT_OF_BASELINE", "MULTIPLE_OF_BASELINE"),
					Column.decimal("amount", 24, 4, false), Column.optionalChoice("currency", CURRENCIES),
					Column.integer("applies_to_year", false),
					Column.choice("reliability", "OFFICIAL", "REPORTED", "ESTIMATE"),
					Column.choice("status", "CURRENT", "RESTATED", "DISPUTED"), Column.text("quote", 2000, true),
					Column.text("note", 2000, true), Column.version(), Column.bool("deleted")),
			link("offer_sources", "offer_id", "offers"),
			// Acknowledged data-health findings: record_id names a row of the table record_type names.
			table("data_health_notes", ID, List.of(List.of("rule", "record_type", "record_id")), Column.id(),
					Column.text("rule", 30, false), Column.text("record_type", 30, false),
					new Column("record_id", Type.ID, false, 0, Set.of(), 0, 0, null), Column.text("note", 2000, false)));

	public static Optional<Table> named(String name) {
		return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
	}

	public static List<String> names() {
		return ALL.stream().map(Table::name).toList();
	}

	static boolean isDataset(String name) {
		return Arrays.asList(names().toArray()).contains(name);
	}

}
