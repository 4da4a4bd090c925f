package org.zhili.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: the writes of concurrent callers share one transaction, so the database flushes its log once
 * for all of them instead of once each. A caller who finds no write in progress leads: it takes every item
 * waiting (up to a limit), writes them in one transaction, hands each caller its result and goes on until
 * its own item is written. The others wait meanwhile, and the next of them leads after. If the shared
 * transaction fails, each of its items is written again alone, so only the one at fault fails.
 * <p>
 * A caller already inside a transaction writes its item there, at once: it commits with the caller's other work.
 *
 * @param <I> what a caller gives to be written
 * @param <R> what the caller gets back once it is committed
 */
public final class GroupCommit<I, R> {

	/** A waiting caller wakes up this often to look whether it must lead (it is normally woken at once). */
	private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

	private final TransactionTemplate transactions;
	private final Function<List<I>, List<R>> writeAll;
	private final int maxItems;
	private final Queue<Pending<I, R>> waiting = new ConcurrentLinkedQueue<>();
	private final ReentrantLock leading = new ReentrantLock();

	/**
	 * @param writeAll writes the items, inside the transaction it is given, and returns one result per item
	 *     in their order; it may be called again with some of the same items after a failure
	 * @param maxItems the most items in one transaction
	 */
	public GroupCommit(TransactionTemplate transactions, Function<List<I>, List<R>> writeAll, int maxItems) {
		this.transactions = transactions;
		this.writeAll = writeAll;
		this.maxItems = maxItems;
	}

	/**
	 * Writes the item, together with whatever else is being written now, and returns its result once committed
	 * (or, inside the caller's transaction, once written there).
	 */
	public R write(I item) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return writeAll.apply(List.of(item)).get(0);
		}
		Pending<I, R> mine = new Pending<>(item, Thread.currentThread());
		waiting.add(mine);
		boolean interrupted = false;
		while (!mine.done) {
			if (leading.tryLock()) {
				try {
					while (!mine.done) {
						writeTogether(next());
					}
				}
				finally {
					leading.unlock();
				}
				// Whoever queued while this thread led writes next.
				Pending<I, R> next = waiting.peek();
				if (next != null) {
					LockSupport.unpark(next.caller);
				}
			}
			else {
				LockSupport.parkNanos(this, RECHECK_NANOS);
				// The item may be written already or soon, so the caller waits for the outcome all the same.
				interrupted |= Thread.interrupted();
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return mine.result();
	}

	private List<Pending<I, R>> next() {
		List<Pending<I, R>> batch = new ArrayList<>();
		Pending<I, R> p;
		while (batch.size() < maxItems && (p = waiting.poll()) != null) {
			batch.add(p);
		}
		if (batch.isEmpty()) {
			// Only the leader takes items, and it takes its own before it stops leading.
			throw new IllegalStateException("a caller's item is neither written nor waiting");
		}
		return batch;
	}

	private void writeTogether(List<Pending<I, R>> batch) {
		try {
			List<R> results = transactions.execute(tx -> writeAll.apply(batch.stream().map(p -> p.item).toList()));
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).succeed(results.get(i));
			}
		}
		catch (RuntimeException shared) {
			if (batch.size() == 1) {
				batch.get(0).fail(shared);
				return;
			}
			for (Pending<I, R> p : batch) {
				try {
					p.succeed(transactions.execute(tx -> writeAll.apply(List.of(p.item))).get(0));
				}
				catch (RuntimeException alone) {
					p.fail(alone);
				}
			}
		}
		finally {
			for (Pending<I, R> p : batch) {
				p.fail(new IllegalStateException("the shared transaction ended without a result for this item"));
			}
		}
	}

	private static final class Pending<I, R> {

		final I item;
		final Thread caller;
		private R result;
		private RuntimeException failure;
		volatile boolean done;

		Pending(I item, Thread caller) {
			this.item = item;
			this.caller = caller;
		}

		void succeed(R r) {
			if (!done) {
				result = r;
				finish();
			}
		}

		void fail(RuntimeException e) {
			if (!done) {
				failure = e;
				finish();
			}
		}

		private void finish() {
			done = true;
			if (caller != Thread.currentThread()) {
				LockSupport.unpark(caller);
			}
		}

		R result() {
			if (failure != null) {
				throw failure;
			}
			return result;
		}
	}
}
