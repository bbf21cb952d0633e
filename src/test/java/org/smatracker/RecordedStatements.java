package org.smatracker;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate has prepared lately, as written (with its parameters as {@code ?}): for tests
 * that read a JPQL query's plan from the database ({@link InstrumentedAppTest} sets it).
 */
public class RecordedStatements implements StatementInspector {

	private static final int KEPT = 200;

	private static final ConcurrentLinkedDeque<String> LATEST = new ConcurrentLinkedDeque<>();

	@Override
	public String inspect(String sql) {
		LATEST.addLast(sql);
		while (LATEST.size() > KEPT) {
			LATEST.pollFirst();
		}
		return sql;
	}

	public static void clear() {
		LATEST.clear();
	}

	/** The statements prepared since {@link #clear()} (the last 200 at most), oldest first. */
	public static List<String> since() {
		return List.copyOf(LATEST);
	}

}
