package org.smatracker.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.smatracker.dataset.DatasetTables.Column;
import org.smatracker.dataset.DatasetTables.Table;

/**
 * Writes the dataset as CSV (one file per table, rows in key order, ids included so that links
 * survive), as a zip of those files with a manifest, and as an .xlsx workbook. Every file of one
 * download comes from one read-only transaction, so they agree with each other.
 */
@Service
@Transactional(readOnly = true)
public class DatasetExporter {

	public static final String MANIFEST = "manifest.json";

	/**
	 * What a download holds: the public record (deleted rows and rows that belong to a deleted record
	 * left out), or the full backup for admins (every row, with its deleted flag, so that an import
	 * restores the database exactly).
	 */
	public enum Scope {

		PUBLIC, FULL_BACKUP

	}

	private final JdbcTemplate jdbc;

	DatasetExporter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows of one table as text fields, null for a missing value. */
	List<List<String>> rows(Table table, Scope scope) {
		String where = scope == Scope.PUBLIC ? " t0 where " + visible(table, "t0", 0) : " t0";
		String sql = "select " + String.join(", ", table.columnNames().stream().map(c -> "t0." + c).toList()) + " from "
				+ table.name() + where + " order by "
				+ String.join(", ", table.primaryKey().stream().map(c -> "t0." + c).toList());
		return jdbc.query(sql, (rs, n) -> {
			List<String> fields = new ArrayList<>(table.columns().size());
			for (Column c : table.columns()) {
				fields.add(text(rs, c));
			}
			return fields;
		});
	}

	/** Not deleted, and every row it belongs to (through its references) not deleted either. */
	private static String visible(Table table, String alias, int depth) {
		List<String> conditions = new ArrayList<>();
		conditions.add("1 = 1");
		if (table.columnNames().contains("deleted")) {
			conditions.add(alias + ".deleted = false");
		}
		for (Column c : table.columns()) {
			if (c.references() != null) {
				Table parent = DatasetTables.named(c.references()).orElseThrow();
				String p = "t" + (depth + 1) + c.name();
				conditions.add("(" + alias + "." + c.name() + " is null or exists (select 1 from " + parent.name() + " " + p
						+ " where " + p + ".id = " + alias + "." + c.name() + " and " + visible(parent, p, depth + 1) + "))");
			}
		}
		return String.join(" and ", conditions);
	}

	private static String text(ResultSet rs, Column c) throws SQLException {
		return switch (c.type()) {
			case ID -> {
				long v = rs.getLong(c.name());
				yield rs.wasNull() ? null : Long.toString(v);
			}
			case INT -> {
				int v = rs.getInt(c.name());
				yield rs.wasNull() ? null : Integer.toString(v);
			}
			case DATE -> {
				LocalDate d = rs.getObject(c.name(), LocalDate.class);
				yield d == null ? null : d.toString();
			}
			case DECIMAL -> {
				BigDecimal d = rs.getBigDecimal(c.name());
				yield d == null ? null : d.setScale(c.scale()).toPlainString();
			}
			case BOOL -> {
				boolean v = rs.getBoolean(c.name());
				yield rs.wasNull() ? null : Boolean.toString(v);
			}
			case TEXT, ENUM -> rs.getString(c.name());
		};
	}

	public String csv(Table table, Scope scope) {
		StringBuilder out = new StringBuilder(Csv.line(table.columnNames()));
		rows(table, scope).forEach(row -> out.append(Csv.line(row)));
		return out.toString();
	}

	/** Every table's CSV, by file name, in reference order. */
	public Map<String, String> csvFiles(Scope scope) {
		Map<String, String> files = new LinkedHashMap<>();
		DatasetTables.ALL.forEach(t -> files.put(t.fileName(), csv(t, scope)));
		return files;
	}

	public void zip(OutputStream target, Scope scope) throws IOException {
		Map<String, String> files = csvFiles(scope);
		try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(manifestJson(files, scope).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}

	/** Units, currencies, conventions and the exchange-rate table, for a reader who has only the files. */
	Map<String, Object> manifest(Map<String, String> files, Scope scope) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("dataset", "SMA Tracker: US–ROK Special Measures Agreement negotiations");
		m.put("formatVersion", 1);
		m.put("generatedAt", Instant.now().toString());
		m.put("csv", "UTF-8, RFC 4180 (comma, double quotes, CRLF), a header row of column names; an empty "
				+ "unquoted field is a missing value, a quoted empty field (\"\") an empty text; dates ISO yyyy-MM-dd; "
				+ "numbers with a point and no grouping; booleans true/false");
		m.put("currency", "Amounts are in the currency named beside them: KRW (South Korean won) or USD (US dollars). "
				+ "Nothing is converted in these files; the app converts an amount for year Y at Y's annual average "
				+ "rate below, or at the latest earlier year that has one.");
		Map<String, String> units = new LinkedHashMap<>();
		units.put("agreements.first_year_amount_krw", "KRW per year, whole won");
		units.put("agreements.usd_equivalent_quoted", "USD per year, as the press quoted it");
		units.put("agreements.escalation_rate_pct, escalation_floor_pct, escalation_cap_pct", "percent per year");
		units.put("agreement_years.amount", "per year, in agreement_years.currency");
		units.put("quoted_amounts.amount", "per year, in quoted_amounts.currency");
		units.put("offers.amount", "form ABSOLUTE: per year in offers.currency; PERCENT_OF_BASELINE: percent change "
				+ "over the baseline (13 = +13%); MULTIPLE_OF_BASELINE: factor (5 = fivefold)");
		units.put("exchange_rates.krw_per_usd", "KRW per USD, annual average of rate_year");
		m.put("units", units);
		m.put("exchangeRates", jdbc.query(
				"select rate_year, krw_per_usd from exchange_rates where deleted = false order by rate_year",
				(rs, n) -> Map.of("year", rs.getInt(1), "krwPerUsd", rs.getBigDecimal(2))));
		m.put("deletedRows", scope == Scope.FULL_BACKUP
				? "A full backup: rows with deleted = true were deleted in the app and can be restored by an admin; "
						+ "they are kept so the files restore the database exactly."
				: "Deleted records, and the rows that belong to them, are left out.");
		List<Map<String, Object>> tables = new ArrayList<>();
		for (Table t : DatasetTables.ALL) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("table", t.name());
			entry.put("file", t.fileName());
			entry.put("rows", Csv.parse(files.get(t.fileName())).size() - 1);
			entry.put("columns", t.columnNames());
			tables.add(entry);
		}
		m.put("tables", tables);
		return m;
	}

	String manifestJson(Map<String, String> files, Scope scope) {
		return JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValueAsString(manifest(files, scope));
	}

	/** One sheet per table (numbers as numbers, dates as dates) and a sheet with the manifest's notes. */
	public void xlsx(OutputStream target, Scope scope) throws IOException {
		Map<String, String> files = csvFiles(scope);
		Map<String, Object> manifest = manifest(files, scope);
		Workbook wb = new Workbook(target, "SMA Tracker", "1.0");
		Worksheet about = wb.newWorksheet("about");
		int r = 0;
		for (var e : manifest.entrySet()) {
			if (e.getValue() instanceof String || e.getValue() instanceof Number) {
				about.value(r, 0, e.getKey());
				about.value(r++, 1, String.valueOf(e.getValue()));
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, String> units = (Map<String, String>) manifest.get("units");
		for (var e : units.entrySet()) {
			about.value(r, 0, e.getKey());
			about.value(r++, 1, e.getValue());
		}
		about.value(++r, 0, "year");
		about.value(r++, 1, "krw_per_usd");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rates = (List<Map<String, Object>>) manifest.get("exchangeRates");
		for (Map<String, Object> rate : rates) {
			about.value(r, 0, (Number) rate.get("year"));
			about.value(r++, 1, (Number) rate.get("krwPerUsd"));
		}
		for (Table t : DatasetTables.ALL) {
			Worksheet ws = wb.newWorksheet(t.name());
			List<Csv.Row> rows = Csv.parse(files.get(t.fileName()));
			for (int i = 0; i < rows.size(); i++) {
				List<String> fields = rows.get(i).fields();
				for (int c = 0; c < fields.size(); c++) {
					String value = fields.get(c);
					if (value == null) {
						continue;
					}
					if (i == 0) {
						ws.value(i, c, value);
						ws.style(i, c).bold().set();
						continue;
					}
					Column column = t.columns().get(c);
					switch (column.type()) {
						case ID, INT, DECIMAL -> ws.value(i, c, new BigDecimal(value));
						case BOOL -> ws.value(i, c, Boolean.parseBoolean(value));
						case DATE -> {
							ws.value(i, c, LocalDate.parse(value));
							ws.style(i, c).format("yyyy-mm-dd").set();
						}
						default -> ws.value(i, c, value);
					}
				}
			}
		}
		wb.finish();
	}

}
