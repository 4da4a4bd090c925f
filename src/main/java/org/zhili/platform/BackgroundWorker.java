package org.zhili.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * A module's background worker threads (routing's consumers, the exchange's relay): started once the application is
 * ready (what they need is loaded by then), each doing one {@link #turn()} after another and waiting as the turn
 * answers, woken early by the worker's {@link WakeUp} when work was committed on this node; stopped with the
 * application, each thread given 10 s to finish its turn.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

	private final String name;
	private final int threadCount;
	private final WakeUp wakeUp;
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean running;

	/**
	 * @param name the threads' name, numbered: {@code name-1}, {@code name-2}…
	 * @param threadCount how many threads do turns at once
	 */
	protected BackgroundWorker(String name, int threadCount, WakeUp wakeUp) {
		this.name = name;
		this.threadCount = threadCount;
		this.wakeUp = wakeUp;
	}

	/**
	 * Does one turn of work; answers how long to wait before the next ({@link Duration#ZERO}: go on at once). A turn
	 * handles its own failures: one that escapes ends the thread.
	 */
	protected abstract Duration turn();

	@EventListener(ApplicationReadyEvent.class)
	public void ready() {
		synchronized (threads) {
			if (!running || !threads.isEmpty()) {
				return;
			}
			for (int i = 0; i < threadCount; i++) {
				Thread t = new Thread(this::work, name + "-" + (i + 1));
				t.setDaemon(true);
				threads.add(t);
				t.start();
			}
		}
	}

	private void work() {
		while (running) {
			try {
				Duration wait = turn();
				if (!wait.isZero()) {
					wakeUp.await(wait.toMillis());
				}
			}
			catch (InterruptedException stopping) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		synchronized (threads) {
			threads.forEach(Thread::interrupt);
			for (Thread t : threads) {
				try {
					t.join(Duration.ofSeconds(10).toMillis());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			threads.clear();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
