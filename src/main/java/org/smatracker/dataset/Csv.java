package org.smatracker.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, double quotes, CRLF), with one convention of ours so that a round
 * trip is exact: an empty unquoted field is a missing value (NULL), a quoted empty field ({@code ""})
 * is an empty string.
 */
public final class Csv {

	private Csv() {
	}

	/** One row of a CSV file: its fields (null for a missing value) and the line it starts on. */
	public record Row(int line, List<String> fields) {
	}

	public static String line(List<String> fields) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		return out.append("\r\n").toString();
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0 || !value.strip().equals(value)) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	/**
	 * Reads a whole file. A byte-order mark is skipped; lines may end in CRLF or LF; quoted fields may
	 * span lines. Throws {@link IllegalArgumentException} naming the line of a malformed quote.
	 */
	public static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		int line = 1;
		int n = text.length();
		while (i < n) {
			int rowLine = line;
			List<String> fields = new ArrayList<>();
			boolean endOfRow = false;
			while (!endOfRow) {
				if (i < n && text.charAt(i) == '"') {
					StringBuilder value = new StringBuilder();
					i++;
					while (true) {
						if (i >= n) {
							throw new IllegalArgumentException("line " + rowLine + ": a quoted field is not closed");
						}
						char c = text.charAt(i);
						if (c == '"') {
							if (i + 1 < n && text.charAt(i + 1) == '"') {
								value.append('"');
								i += 2;
								continue;
							}
							i++;
							break;
						}
						if (c == '\n') {
							line++;
						}
						value.append(c);
						i++;
					}
					fields.add(value.toString());
					if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
						throw new IllegalArgumentException("line " + line + ": text after a closing quote");
					}
				}
				else {
					int start = i;
					while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
						if (text.charAt(i) == '"') {
							throw new IllegalArgumentException("line " + line + ": a quote inside an unquoted field");
						}
						i++;
					}
					String value = text.substring(start, i);
					fields.add(value.isEmpty() ? null : value);
				}
				if (i >= n) {
					endOfRow = true;
				}
				else if (text.charAt(i) == ',') {
					i++;
				}
				else {
					if (text.charAt(i) == '\r') {
						i++;
					}
					if (i < n && text.charAt(i) == '\n') {
						i++;
					}
					line++;
					endOfRow = true;
				}
			}
			if (!(fields.size() == 1 && fields.get(0) == null)) {
				rows.add(new Row(rowLine, fields));
			}
		}
		return rows;
	}

}
