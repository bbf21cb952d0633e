package org.smatracker.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.smatracker.audit.AuditAction;
import org.smatracker.audit.AuditService;
import org.smatracker.dataset.DatasetTables.Column;
import org.smatracker.dataset.DatasetTables.Table;

/**
 * Loads the export format back. A zip (as {@code /export/sma-dataset.zip} writes it) replaces the
 * whole dataset; a single {@code <table>.csv} adds its rows to that table. Everything is checked
 * before anything is written (types, required values, lengths, enumerations, keys, references), and
 * the writing happens in one transaction: a row the database still refuses rolls back every row.
 */
@Service
public class DatasetImporter {

	static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final AuditService audit;

	DatasetImporter(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditService audit) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A line that cannot be imported: the file, the line (1 is the header) and why. */
	public record Problem(String file, int line, String reason) {
	}

	/** What an import did: the rows per table, or the problems that stopped it. */
	public record Report(boolean applied, boolean replaced, Map<String, Integer> rows, List<Problem> problems) {
	}

	/** Thrown inside the transaction to roll it back with the report. */
	static class Rejected extends RuntimeException {

		final transient List<Problem> problems;

		Rejected(List<Problem> problems) {
			super(problems.size() + " problem(s)");
			this.problems = problems;
		}

	}

	private record Parsed(Table table, String file, List<Integer> lines, List<Object[]> values) {
	}

	/** Reads an upload by its file name: a .zip replaces the dataset, a table's .csv adds rows. */
	public Report importFile(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
		List<Problem> problems = new ArrayList<>();
		Map<String, String> files = new LinkedHashMap<>();
		boolean replace;
		if (name.toLowerCase().endsWith(".zip")) {
			replace = true;
			try {
				files.putAll(unzip(content, problems));
			}
			catch (IOException ex) {
				problems.add(new Problem(name, 0, "not a readable zip file"));
			}
		}
		else if (name.toLowerCase().endsWith(".csv")) {
			replace = false;
			decode(name, content, problems).ifPresent(text -> files.put(name, text));
		}
		else {
			return rejected(List.of(new Problem(name, 0, "upload a .zip of the dataset or one table's .csv")));
		}
		if (!problems.isEmpty()) {
			return rejected(problems);
		}
		return importFiles(files, replace);
	}

	private static Report rejected(List<Problem> problems) {
		return new Report(false, false, Map.of(), problems);
	}

	private static Map<String, String> unzip(byte[] content, List<Problem> problems) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > 100) {
					problems.add(new Problem(entry.getName(), 0, "too many files in the zip"));
					break;
				}
				if (entry.isDirectory() || entry.getName().equals(DatasetExporter.MANIFEST)) {
					continue;
				}
				byte[] bytes = zip.readNBytes((int) MAX_ENTRY_BYTES + 1);
				if (bytes.length > MAX_ENTRY_BYTES) {
					problems.add(new Problem(entry.getName(), 0, "file is larger than 20 MB"));
					continue;
				}
				String entryName = entry.getName().replaceAll(".*/", "");
				decode(entryName, bytes, problems).ifPresent(text -> files.put(entryName, text));
			}
		}
		if (files.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem("", 0, "the zip holds no CSV files"));
		}
		return files;
	}

	private static java.util.Optional<String> decode(String name, byte[] bytes, List<Problem> problems) {
		try {
			return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			problems.add(new Problem(name, 0, "not UTF-8 text"));
			return java.util.Optional.empty();
		}
	}

	/** Checks every file, then applies all of them in one transaction, or nothing. */
	public Report importFiles(Map<String, String> files, boolean replace) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Parsed> parsed = new LinkedHashMap<>();
		for (var file : files.entrySet()) {
			String tableName = file.getKey().endsWith(".csv")
					? file.getKey().substring(0, file.getKey().length() - 4) : file.getKey();
			var table = DatasetTables.named(tableName);
			if (table.isEmpty()) {
				problems.add(new Problem(file.getKey(), 0,
						"no table of that name; expected one of " + DatasetTables.names() + " (.csv)"));
				continue;
			}
			parse(table.get(), file.getKey(), file.getValue(), problems).ifPresent(p -> parsed.put(p.table().name(), p));
		}
		if (problems.isEmpty()) {
			checkKeys(parsed, replace, problems);
		}
		if (!problems.isEmpty()) {
			return rejected(problems);
		}
		Report report;
		try {
			report = transaction.execute(status -> {
				Report applied = apply(parsed, replace);
				// One history entry per import: it says who loaded what, and it moves the data version,
				// so every instance's caches drop what they held from before the import.
				Map<String, String> rows = new LinkedHashMap<>();
				applied.rows().forEach((table, count) -> rows.put(table, String.valueOf(count)));
				int total = applied.rows().values().stream().mapToInt(Integer::intValue).sum();
				String summary = replace ? "Replaced the dataset: " + total + " rows"
						: "Imported " + total + " rows into " + String.join(", ", rows.keySet());
				audit.record("dataset", 0, AuditAction.UPDATED,
						summary.length() > 300 ? summary.substring(0, 297) + "..." : summary, null, rows);
				return applied;
			});
		}
		catch (Rejected ex) {
			return rejected(ex.problems);
		}
		// After the commit: on H2 this is DDL, which would commit an open transaction by itself.
		for (Table t : DatasetTables.ALL) {
			if (t.hasIdentity() && (replace || parsed.containsKey(t.name()))) {
				restartIdentity(t.name());
			}
		}
		return report;
	}

	private java.util.Optional<Parsed> parse(Table table, String file, String text, List<Problem> problems) {
		List<Csv.Row> rows;
		try {
			rows = Csv.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(file, lineOf(ex.getMessage()), ex.getMessage()));
			return java.util.Optional.empty();
		}
		if (rows.isEmpty() || !Objects.equals(rows.get(0).fields(), table.columnNames())) {
			problems.add(new Problem(file, 1, "the header must be exactly " + String.join(",", table.columnNames())));
			return java.util.Optional.empty();
		}
		List<Integer> lines = new ArrayList<>();
		List<Object[]> values = new ArrayList<>();
		int before = problems.size();
		for (Csv.Row row : rows.subList(1, rows.size())) {
			if (row.fields().size() != table.columns().size()) {
				problems.add(new Problem(file, row.line(), "expected " + table.columns().size() + " fields, found "
						+ row.fields().size()));
				continue;
			}
			Object[] parsedRow = new Object[table.columns().size()];
			List<String> reasons = new ArrayList<>();
			for (int c = 0; c < parsedRow.length; c++) {
				try {
					parsedRow[c] = table.columns().get(c).parse(row.fields().get(c));
				}
				catch (IllegalArgumentException ex) {
					reasons.add(ex.getMessage());
				}
			}
			if (!reasons.isEmpty()) {
				problems.add(new Problem(file, row.line(), String.join("; ", reasons)));
				continue;
			}
			lines.add(row.line());
			values.add(parsedRow);
		}
		return problems.size() == before ? java.util.Optional.of(new Parsed(table, file, lines, values))
				: java.util.Optional.empty();
	}

	private static int lineOf(String message) {
		var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	/** Duplicate keys inside the files, and references to rows that neither the files nor (when adding) the database hold. */
	private void checkKeys(Map<String, Parsed> parsed, boolean replace, List<Problem> problems) {
		Map<String, Set<Object>> ids = new HashMap<>();
		for (Parsed p : parsed.values()) {
			Table t = p.table();
			List<List<String>> keys = new ArrayList<>(t.uniqueKeys());
			keys.add(0, t.primaryKey());
			for (List<String> key : keys) {
				int[] idx = key.stream().mapToInt(k -> t.columnNames().indexOf(k)).toArray();
				Set<List<Object>> seen = new HashSet<>();
				for (int r = 0; r < p.values().size(); r++) {
					Object[] row = p.values().get(r);
					List<Object> value = new ArrayList<>();
					boolean anyNull = false;
					for (int i : idx) {
						value.add(row[i]);
						anyNull |= row[i] == null;
					}
					if (!anyNull && !seen.add(value)) {
						problems.add(new Problem(p.file(), p.lines().get(r),
								String.join(", ", key) + " " + value + " appears twice"));
					}
				}
			}
			if (t.hasIdentity()) {
				Set<Object> own = new HashSet<>();
				p.values().forEach(row -> own.add(row[0]));
				ids.put(t.name(), own);
			}
		}
		for (Parsed p : parsed.values()) {
			Table t = p.table();
			for (int c = 0; c < t.columns().size(); c++) {
				Column column = t.columns().get(c);
				if (column.references() == null) {
					continue;
				}
				Set<Object> known = ids.computeIfAbsent(column.references(), k -> new HashSet<>());
				Set<Object> stored = replace ? Set.of() : storedIds(column.references());
				for (int r = 0; r < p.values().size(); r++) {
					Object ref = p.values().get(r)[c];
					if (ref != null && !known.contains(ref) && !stored.contains(ref)) {
						problems.add(new Problem(p.file(), p.lines().get(r),
								"column " + column.name() + ": no " + column.references() + " row with id " + ref));
					}
				}
			}
			if (!replace && t.hasIdentity()) {
				Set<Object> stored = storedIds(t.name());
				for (int r = 0; r < p.values().size(); r++) {
					if (stored.contains(p.values().get(r)[0])) {
						problems.add(new Problem(p.file(), p.lines().get(r),
								"id " + p.values().get(r)[0] + " is already stored; adding rows needs new ids"));
					}
				}
			}
		}
		problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
	}

	private Set<Object> storedIds(String table) {
		return new HashSet<>(jdbc.queryForList("select id from " + table, Long.class));
	}

	private Report apply(Map<String, Parsed> parsed, boolean replace) {
		if (replace) {
			for (int i = DatasetTables.ALL.size() - 1; i >= 0; i--) {
				jdbc.update("delete from " + DatasetTables.ALL.get(i).name());
			}
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<Problem> refused = new ArrayList<>();
		for (Table t : DatasetTables.ALL) {
			Parsed p = parsed.get(t.name());
			if (p == null) {
				continue;
			}
			String sql = "insert into " + t.name() + " (" + String.join(", ", t.columnNames()) + ") values ("
					+ String.join(", ", t.columns().stream().map(c -> "?").toList()) + ")";
			int[] types = t.columns().stream().mapToInt(DatasetImporter::sqlType).toArray();
			for (int r = 0; r < p.values().size(); r++) {
				try {
					jdbc.update(sql, p.values().get(r), types);
				}
				catch (DataAccessException ex) {
					refused.add(new Problem(p.file(), p.lines().get(r),
							"the database refused the row: " + rootMessage(ex)));
					throw new Rejected(refused);
				}
			}
			counts.put(t.name(), p.values().size());
		}
		return new Report(true, replace, counts, List.of());
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		int end = message.indexOf('\n');
		return end > 0 ? message.substring(0, end) : message;
	}

	private static int sqlType(Column c) {
		return switch (c.type()) {
			case ID -> Types.BIGINT;
			case INT -> Types.INTEGER;
			case DATE -> Types.DATE;
			case DECIMAL -> Types.NUMERIC;
			case BOOL -> Types.BOOLEAN;
			case TEXT, ENUM -> Types.VARCHAR;
		};
	}

	/** New rows made in the app must not take ids the import used. */
	private void restartIdentity(String table) {
		long next = Objects.requireNonNullElse(jdbc.queryForObject("select max(id) from " + table, Long.class), 0L) + 1;
		String product = jdbc.execute((ConnectionCallback<String>) (Connection con) -> {
			DatabaseMetaData meta = con.getMetaData();
			return meta.getDatabaseProductName();
		});
		if ("PostgreSQL".equals(product)) {
			jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), ?, false)", Long.class, table, next);
		}
		else {
			jdbc.execute("alter table " + table + " alter column id restart with " + next);
		}
	}

}
