package org.smatracker.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as RFC 4180 writes it (comma, double quotes, CRLF), read and written by Apache Commons CSV, with
 * one convention of ours so that a round trip is exact: an empty unquoted field is a missing value
 * (NULL), a quoted empty field ({@code ""}) is an empty string.
 */
public final class Csv {

	/**
	 * ALL_NON_NULL is what makes the reader tell {@code ,,} (null) from {@code ,"",} (empty); empty lines
	 * come through as one null field and are dropped here, so that every row knows its line.
	 */
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setQuoteMode(QuoteMode.ALL_NON_NULL)
		.setIgnoreEmptyLines(false)
		.get();

	/** Writes a value as it is: for nulls and for values {@link #needsQuotes} lets through bare. */
	private static final CSVFormat BARE = FORMAT.builder().setQuote(null).setQuoteMode(null).get();

	private Csv() {
	}

	/** One row of a CSV file: its fields (null for a missing value) and the line it starts on. */
	public record Row(int line, List<String> fields) {
	}

	public static String line(List<String> fields) {
		StringBuilder out = new StringBuilder();
		try {
			for (int i = 0; i < fields.size(); i++) {
				String value = fields.get(i);
				(value != null && needsQuotes(value) ? FORMAT : BARE).print(value, out, i == 0);
			}
			FORMAT.println(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // a StringBuilder does not throw
		}
		return out.toString();
	}

	/**
	 * Our quote policy, kept from the files already exported: quote the empty string (it is not null)
	 * and what RFC 4180 requires or a spreadsheet would trim; everything else stays bare. Commons CSV's
	 * MINIMAL mode differs (it leaves an empty string bare and quotes a leading '#').
	 */
	static boolean needsQuotes(String value) {
		return value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0 || !value.strip().equals(value);
	}

	/**
	 * Reads a whole file. A byte-order mark is skipped; lines may end in CRLF or LF; quoted fields may
	 * span lines. Throws {@link IllegalArgumentException} naming the line of a malformed quote.
	 */
	public static List<Row> parse(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		int line = 1;
		int at = 0;
		try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (at < body.length()) {
				Extent record = Extent.of(body, at, line);
				List<String> fields = next(records, line);
				if (!(fields.size() == 1 && fields.get(0) == null)) {
					rows.add(new Row(line, fields));
				}
				line = record.nextLine();
				at = record.end();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // a String reader does not throw
		}
		return rows;
	}

	private static List<String> next(Iterator<CSVRecord> records, int line) {
		try {
			return records.next().toList();
		}
		catch (UncheckedIOException ex) {
			throw new IllegalArgumentException("line " + line + ": " + ex.getCause().getMessage(), ex);
		}
	}

	/**
	 * Where a record ends in the text and on which line the next one starts, so that every row and every
	 * problem is reported by its line. It also holds the file to RFC 4180 where Commons CSV is lenient: a
	 * quote inside an unquoted field ({@code ab"c}) or anything but a comma or line end after a closing
	 * quote is refused, since a stray quote usually means a field was cut.
	 */
	private record Extent(int end, int nextLine) {

		static Extent of(String text, int from, int start) {
			int line = start;
			boolean quoted = false;
			boolean fieldStart = true;
			char previous = 0;
			int i = from;
			while (i < text.length()) {
				char c = text.charAt(i++);
				if (c == '"') {
					if (quoted) {
						quoted = false;
						char after = i < text.length() ? text.charAt(i) : ',';
						if (after != ',' && after != '"' && after != '\r' && after != '\n') {
							throw new IllegalArgumentException("line " + line + ": text after a closing quote");
						}
					}
					else if (fieldStart || previous == '"') {
						quoted = true; // an opening quote, or the second of a doubled one
					}
					else {
						throw new IllegalArgumentException("line " + line + ": a quote inside an unquoted field");
					}
					fieldStart = false;
				}
				else if (quoted) {
					line += c == '\n' ? 1 : 0;
				}
				else if (c == '\r' || c == '\n') {
					if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
						i++;
					}
					return new Extent(i, line + 1);
				}
				else {
					fieldStart = c == ',';
				}
				previous = c;
			}
			if (quoted) {
				throw new IllegalArgumentException("line " + start + ": a quoted field is not closed");
			}
			return new Extent(i, line);
		}

	}

}
