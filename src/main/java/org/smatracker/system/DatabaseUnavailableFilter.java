package org.smatracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where "the database cannot be reached" becomes 503 Service Unavailable with
 * Retry-After: the error page in the layout for pages, a problem detail for the API. Outermost, so
 * that it also covers the session, security and caching filters, which read the database too. How
 * long a request waits for the database is the pool's connection-timeout (2 s with PostgreSQL).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!causedByUnreachableDatabase(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable, answered 503: {}", rootMessage(ex));
			response.resetBuffer();
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				response.setContentType("application/problem+json");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
							+ "\"detail\":\"The database cannot be reached; nothing was read or saved. Try again shortly.\"}");
			}
			else {
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
		}
	}

	/** Sign-in wraps what went wrong loading the user; a handler passes it on with this, as is. */
	static void rethrowIfDatabaseUnreachable(Exception ex) throws ServletException {
		if (causedByUnreachableDatabase(ex)) {
			throw new ServletException(ex);
		}
	}

	/**
	 * The states in which PostgreSQL ends a connection because the server is going or not yet back (an
	 * administrator's shutdown, a crash, a server starting or stopping): the pool counts them as a dead
	 * connection too. A connection the pool handed out just before a shutdown fails with one of them.
	 */
	private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

	/**
	 * A connection that could not be had (the pool's timeout, a refused or broken connection:
	 * SQLState class 08) or that the server ended ({@link #SERVER_GOING}) as JDBC, Hibernate or Spring
	 * report it, anywhere in the cause chain.
	 */
	static boolean causedByUnreachableDatabase(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof JDBCConnectionException
					|| t instanceof SQLTransientConnectionException
					|| (t instanceof SQLException sql && sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || SERVER_GOING.contains(sql.getSQLState())))) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.toString();
	}

}
