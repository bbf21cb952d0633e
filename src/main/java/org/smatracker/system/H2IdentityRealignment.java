package org.smatracker.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a crash (kill -9, power cut) the embedded H2 database can reopen with its identity counters
 * behind rows it did keep: the next inserts then collide with stored ids and are refused (measured,
 * see docs/reliability.md). At start-up, right after the migrations and before anything else writes,
 * every identity counter that is behind its table's largest id is moved past it. PostgreSQL's
 * sequences do not go back, so this does nothing there.
 */
@Component
class H2IdentityRealignment implements Callback {

	private static final Logger log = LoggerFactory.getLogger(H2IdentityRealignment.class);

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				return;
			}
			record Identity(String table, String column, long next) {
			}
			List<Identity> identities = new ArrayList<>();
			try (Statement s = connection.createStatement();
					ResultSet r = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
							+ "WHERE IS_IDENTITY = 'YES' AND TABLE_SCHEMA = SCHEMA()")) {
				while (r.next()) {
					identities.add(new Identity(r.getString(1), r.getString(2), r.getLong(3)));
				}
			}
			for (Identity identity : identities) {
				try (Statement s = connection.createStatement();
						ResultSet r = s.executeQuery("SELECT MAX(\"" + identity.column() + "\") FROM \"" + identity.table() + "\"")) {
					long max = r.next() ? r.getLong(1) : 0;
					if (max >= identity.next()) {
						log.warn("Identity counter of {} was at {} behind its largest id {} (an unclean stop); moved past it",
								identity.table(), identity.next(), max);
						s.execute("ALTER TABLE \"" + identity.table() + "\" ALTER COLUMN \"" + identity.column()
								+ "\" RESTART WITH " + (max + 1));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check the identity counters", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "h2-identity-realignment";
	}

}
