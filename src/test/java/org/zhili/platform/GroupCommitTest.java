package org.zhili.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class GroupCommitTest {

	/** Counts commits and rollbacks; a transaction is just a list of what was written in it. */
	static final class CountingTransactions extends AbstractPlatformTransactionManager {

		final AtomicInteger commits = new AtomicInteger();
		final AtomicInteger rollbacks = new AtomicInteger();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			commits.incrementAndGet();
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			rollbacks.incrementAndGet();
		}
	}

	private final CountingTransactions transactions = new CountingTransactions();
	private final List<List<Integer>> committedBatches = new CopyOnWriteArrayList<>();

	/** Doubles each number; 13 cannot be written. Slow enough that callers arrive while a batch is written. */
	private List<Integer> doubleAll(List<Integer> items) {
		if (items.contains(13)) {
			throw new IllegalArgumentException("13 refused");
		}
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		committedBatches.add(List.copyOf(items));
		return items.stream().map(i -> i * 2).toList();
	}

	@Test
	void concurrentCallersEachGetTheirOwnResultFromFarFewerCommits() throws Exception {
		GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), this::doubleAll, 8);
		int callers = 200;
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				int n = i + 100;
				answers.add(pool.submit(() -> {
					start.await();
					return group.write(n);
				}));
			}
			start.countDown();
			for (int i = 0; i < callers; i++) {
				assertThat(answers.get(i).get()).isEqualTo((i + 100) * 2);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(committedBatches.stream().mapToInt(List::size).sum()).isEqualTo(callers);
		assertThat(committedBatches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(8));
		assertThat(transactions.commits.get()).isEqualTo(committedBatches.size()).isLessThan(callers / 2);
	}

	@Test
	void anItemThatCannotBeWrittenFailsAloneAndTheOthersAreWrittenAgainWithoutIt() throws Exception {
		CountDownLatch leaderInside = new CountDownLatch(1);
		CountDownLatch othersQueued = new CountDownLatch(1);
		GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), items -> {
			if (items.equals(List.of(1))) {
				// The first caller leads; the next three queue behind it and are written together after.
				leaderInside.countDown();
				await(othersQueued);
			}
			return doubleAll(items);
		}, 8);
		List<Thread> callers = new CopyOnWriteArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4, task -> {
			Thread caller = new Thread(task);
			callers.add(caller);
			return caller;
		});
		try {
			Future<Integer> first = pool.submit(() -> group.write(1));
			leaderInside.await();
			Future<Integer> two = pool.submit(() -> group.write(2));
			Future<Integer> thirteen = pool.submit(() -> group.write(13));
			Future<Integer> four = pool.submit(() -> group.write(4));
			// A caller waits for its turn parked on the group, its item queued before.
			Awaitility.await("three callers queued behind the leader").atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(5))
				.until(() -> callers.stream().filter(c -> LockSupport.getBlocker(c) == group).count() == 3);
			othersQueued.countDown();
			assertThat(first.get()).isEqualTo(2);
			assertThat(two.get()).isEqualTo(4);
			assertThat(four.get()).isEqualTo(8);
			assertThatThrownBy(thirteen::get).hasCauseInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("13 refused");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(committedBatches).containsExactlyInAnyOrder(List.of(1), List.of(2), List.of(4));
		assertThat(transactions.rollbacks.get()).isEqualTo(2);
	}

	@Test
	void aLoneCallerWritesAtOnceInItsOwnTransaction() {
		GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), this::doubleAll, 8);
		assertThat(group.write(21)).isEqualTo(42);
		assertThatThrownBy(() -> group.write(13)).isInstanceOf(IllegalArgumentException.class);
		assertThat(transactions.commits.get()).isEqualTo(1);
		assertThat(transactions.rollbacks.get()).isEqualTo(1);
	}

	@Test
	void aCallerInsideATransactionWritesThereAndCommitsWithItsOwnWork() {
		GroupCommit<Integer, Integer> group = new GroupCommit<>(new TransactionTemplate(transactions), this::doubleAll, 8);
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			assertThat(group.write(21)).isEqualTo(42);
			throw new IllegalStateException("the caller's own work fails");
		})).hasMessageContaining("own work fails");
		assertThat(transactions.commits.get()).isZero();
		assertThat(transactions.rollbacks.get()).isEqualTo(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
