package org.zhili.routing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseState;
import org.zhili.cases.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** How a consumer takes a batch and what it does when routing the batch, or one case of it, fails. */
class RoutingConsumersTest {

	private static final Duration RETRY = Duration.ofMinutes(1);

	private final RoutingQueue queue = mock(RoutingQueue.class);
	private final CaseListeners listeners = mock(CaseListeners.class);
	private final RoutingConsumers consumers = consumers(500);

	@Test
	void aBatchIsTakenUpToTheBatchSizeAndRoutedInOneCall() {
		List<CaseRegistered> batch = List.of(registered(1), registered(2), registered(3));
		when(queue.take(2)).thenReturn(batch.subList(0, 2));
		RoutingConsumers small = consumers(2);

		assertThat(small.routeBatch()).isEqualTo(2);
		verify(listeners).route(batch.subList(0, 2));
		verify(queue, never()).takeOne(anyLong());
	}

	@Test
	void anEmptyQueueRoutesNothing() {
		when(queue.take(500)).thenReturn(List.of());

		assertThat(consumers.routeBatch()).isZero();
		verify(listeners).route(List.of());
	}

	@Test
	void aFailedBatchIsRoutedCaseByCaseAndOnlyTheBadCaseWaits() {
		List<CaseRegistered> batch = List.of(registered(1), registered(2), registered(3));
		when(queue.take(500)).thenReturn(batch);
		doThrow(new IllegalStateException("batch")).when(listeners).route(argThat(b -> b != null && b.size() == 3));
		for (long id = 1; id <= 3; id++) {
			when(queue.takeOne(id)).thenReturn(List.of(registered(id)));
		}
		doThrow(new IllegalStateException("case 2")).when(listeners).route(List.of(registered(2)));

		assertThat(consumers.routeBatch()).isEqualTo(3);
		verify(listeners).route(List.of(registered(1)));
		verify(listeners).route(List.of(registered(3)));
		verify(queue).postpone(2, RETRY);
		verify(queue, never()).postpone(1, RETRY);
		verify(queue, never()).postpone(3, RETRY);
	}

	@Test
	void aLoneCaseThatFailsWaitsWithoutBeingTriedTwice() {
		when(queue.take(500)).thenReturn(List.of(registered(7)));
		doThrow(new IllegalStateException("case 7")).when(listeners).route(List.of(registered(7)));

		assertThat(consumers.routeBatch()).isEqualTo(1);
		verify(queue).postpone(7, RETRY);
		verify(queue, never()).takeOne(anyLong());
	}

	@Test
	void aFailureBeforeAnythingIsTakenIsPassedOn() {
		when(queue.take(500)).thenThrow(new IllegalStateException("database gone"));

		assertThatThrownBy(consumers::routeBatch).hasMessage("database gone");
		verify(queue, never()).postpone(anyLong(), org.mockito.ArgumentMatchers.any());
	}

	private RoutingConsumers consumers(int batchSize) {
		RoutingProperties properties = mock(RoutingProperties.class);
		when(properties.consumers()).thenReturn(new RoutingProperties.Consumers(2, batchSize, Duration.ofSeconds(1), RETRY));
		return new RoutingConsumers(queue, mock(RoutingSignal.class), listeners, new TransactionTemplate(new NoDatabase()),
				properties);
	}

	private static CaseRegistered registered(long id) {
		return new CaseRegistered(id, "T" + id, "0101", "120104001000", Channel.HOTLINE, "路灯不亮", "小区门口路灯不亮" + id,
				null, null, null, null, Instant.parse("2026-12-01T08:00:00Z"), CaseState.REGISTERED, 0);
	}

	/** Transactions with nothing behind them: the consumer's own logic is under test here, not the database. */
	private static final class NoDatabase extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}
	}
}
