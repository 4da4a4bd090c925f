package org.zhili.routing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work whose queries read rows a batch at a time instead of all at once: PostgreSQL's driver otherwise holds
 * every row of a result before the first is handed over, which for a walk over a city's history (millions of
 * cases) is more than the heap. Set on the current transaction's connection only, and put back afterwards: the
 * rest of the application (intake's short queries above all) reads as before.
 */
final class FetchSize {

	private FetchSize() {
	}

	/** Runs {@code work} in the current transaction with its queries fetching {@code rows} rows at a time. */
	static <T> T inBatches(DataSource dataSource, int rows, Supplier<T> work) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// outside a transaction (autocommit) the driver reads every row at once whatever the fetch size
			throw new IllegalStateException("rows are read in batches only within a transaction");
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			int before = pg.getDefaultFetchSize();
			pg.setDefaultFetchSize(rows);
			try {
				return work.get();
			}
			finally {
				pg.setDefaultFetchSize(before);
			}
		}
		catch (SQLException e) {
			throw new SQLExceptionSubclassTranslator().translate("setting the fetch size", null, e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
