package org.smatracker.system;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A session repository whose sessions record a new last access time only when it is at least
 * {@code interval} after the stored one, so that a stored session is written once per interval of
 * use rather than on every request. Everything else (attributes, id changes, sign-out, expiry) goes
 * to the repository as it is. While a session is read, {@code reading} is set for this thread, so
 * the repository's transaction wrapper can run that one select without a transaction
 * ({@link SessionCommits}).
 */
final class TouchedSessions<S extends Session>
		implements FindByIndexNameSessionRepository<TouchedSessions.Touched<S>>, DisposableBean {

	private final FindByIndexNameSessionRepository<S> sessions;

	private final Duration interval;

	private final ThreadLocal<Boolean> reading;

	TouchedSessions(FindByIndexNameSessionRepository<S> sessions, Duration interval, ThreadLocal<Boolean> reading) {
		this.sessions = sessions;
		this.interval = interval;
		this.reading = reading;
	}

	@Override
	public Touched<S> createSession() {
		return new Touched<>(sessions.createSession(), interval);
	}

	@Override
	public void save(Touched<S> session) {
		sessions.save(session.session);
	}

	@Override
	public Touched<S> findById(String id) {
		reading.set(Boolean.TRUE);
		try {
			S found = sessions.findById(id);
			return found == null ? null : new Touched<>(found, interval);
		}
		finally {
			reading.remove();
		}
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	@Override
	public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Touched<S>> found = new LinkedHashMap<>();
		sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Touched<>(session, interval)));
		return found;
	}

	@Override
	public void destroy() throws Exception {
		// The repository's own clean-up of expired sessions is stopped with it.
		if (sessions instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/** A session whose access time moves only by whole intervals. */
	static final class Touched<S extends Session> implements Session {

		private final S session;

		private final Duration interval;

		Touched(S session, Duration interval) {
			this.session = session;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			// Expiry is judged by the stored time, on every instance alike: at worst `interval` early.
			if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(interval))) {
				session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			return session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration maxInactiveInterval) {
			session.setMaxInactiveInterval(maxInactiveInterval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}

	}

}
