package org.smatracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * On the embedded H2 file, writing transactions run one at a time and each is followed by CHECKPOINT
 * SYNC before the answer goes out: the commit is then on the disk itself (fsync), not only handed to
 * the operating system, so a power cut keeps it too, and each checkpoint covers its own commit.
 * Reading stays parallel. The URL settings (WRITE_DELAY=0, REUSE_SPACE=FALSE) are what kill -9 needs;
 * see application.properties and docs/reliability.md for what was measured. PostgreSQL keeps Spring's
 * transaction manager and its own durable commits. On both, a failed rollback does not replace the
 * failure that caused it ({@link RollbackKeepsItsCause}).
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseWrites {

	@Bean
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, DataSource dataSource)
			throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				return new RollbackKeepsItsCause(entityManagerFactory);
			}
		}
		return new OneDurableWriterAtATime(entityManagerFactory, dataSource);
	}

	/**
	 * A rollback that fails does not replace the failure that caused it. When the database ends a
	 * connection (a shutdown or restart: PostgreSQL's 57P01), the statement fails, the pool closes the
	 * connection, and the rollback that follows fails on it; Spring then threw the rollback's failure,
	 * which says nothing of the database, and a page answered 500 where it answers 503 (see
	 * DatabaseUnavailableFilter). A transaction whose rollback failed has not committed: the database
	 * discards it with the connection, and the pool does not hand out a connection it closed.
	 */
	static class RollbackKeepsItsCause extends JpaTransactionManager {

		RollbackKeepsItsCause(EntityManagerFactory entityManagerFactory) {
			super(entityManagerFactory);
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			try {
				super.doRollback(status);
			}
			catch (RuntimeException ex) {
				logger.warn("Rollback failed; the transaction did not commit: " + ex);
			}
		}

	}

	static final class OneDurableWriterAtATime extends RollbackKeepsItsCause {

		private final transient ReentrantLock writer = new ReentrantLock(true);

		/** Per thread, for each transaction begun and not yet cleaned up: whether it took the lock. */
		private final transient ThreadLocal<java.util.Deque<Boolean>> locked = ThreadLocal
			.withInitial(java.util.ArrayDeque::new);

		private final transient DataSource dataSource;

		OneDurableWriterAtATime(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
			super(entityManagerFactory);
			this.dataSource = dataSource;
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			boolean write = !definition.isReadOnly();
			if (write) {
				writer.lock();
			}
			try {
				super.doBegin(transaction, definition);
			}
			catch (RuntimeException | Error ex) {
				if (write) {
					writer.unlock();
				}
				throw ex;
			}
			locked.get().push(write);
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			super.doCommit(status);
			if (!status.isReadOnly()) {
				try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
					statement.execute("CHECKPOINT SYNC");
				}
				catch (SQLException ex) {
					throw new TransactionSystemException("Committed, but could not force the commit into the file", ex);
				}
			}
		}

		@Override
		protected void doCleanupAfterCompletion(Object transaction) {
			try {
				super.doCleanupAfterCompletion(transaction);
			}
			finally {
				Boolean write = locked.get().poll();
				if (Boolean.TRUE.equals(write)) {
					writer.unlock();
				}
			}
		}

	}

}
