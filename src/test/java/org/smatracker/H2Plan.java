package org.smatracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's EXPLAIN ANALYZE of a statement bound as the application binds it (parameters, not literals: H2
 * chose another index for literals), and the rows it read from every table, summed: for tests that
 * hold a statement's plan on the embedded default to what its page needs.
 */
public record H2Plan(String text, long scanned) {

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	/** {@code sql} with one {@code ?} per value, in order; a null value is bound as SQL NULL. */
	public static H2Plan of(JdbcTemplate jdbc, String sql, List<?> values) {
		String plan = jdbc.execute((Connection c) -> {
			try (PreparedStatement p = c.prepareStatement("explain analyze " + sql)) {
				for (int i = 0; i < values.size(); i++) {
					p.setObject(i + 1, values.get(i));
				}
				try (ResultSet r = p.executeQuery()) {
					StringBuilder text = new StringBuilder();
					while (r.next()) {
						text.append(r.getString(1)).append('\n');
					}
					return text.toString();
				}
			}
		});
		Matcher counts = SCAN_COUNT.matcher(plan);
		long sum = 0;
		boolean any = false;
		while (counts.find()) {
			sum += Long.parseLong(counts.group(1));
			any = true;
		}
		assertThat(any).as("rows read, in %s", plan).isTrue();
		return new H2Plan(plan, sum);
	}

}
