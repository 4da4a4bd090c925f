package org.zhili.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.BackgroundWorker;

/**
 * Sends the outbox to Kafka (made only when {@code zhili.events.kafka.bootstrap-servers} is set): takes up to a batch
 * of pending messages, oldest first, sends them, waits for the broker's acknowledgements and marks the acknowledged
 * ones sent, in one transaction. What the broker did not acknowledge stays pending, with its attempts and the error,
 * and the relay waits longer before each new try while the broker is away: nothing is lost, and everything leaves
 * when it is back. One node sends at a time ({@link Outbox#relayTurn()}), so one item's messages keep their order;
 * a message may leave twice if a node stops between the acknowledgement and the commit (receivers drop a repeated
 * {@code zhili-id}).
 */
class OutboxRelay extends BackgroundWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/** What a batch came to: how many messages were acknowledged and whether the broker failed. */
	record Result(int sent, int failed) {
	}

	private final Outbox outbox;
	private final KafkaTemplate<String, String> kafka;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final ExchangeProperties.Relay settings;
	private final Duration ackTimeout;
	/** The wait after a failed batch: doubling while the broker stays away (one thread uses it). */
	private Duration backoff;

	OutboxRelay(Outbox outbox, ExchangeSignal signal, KafkaTemplate<String, String> kafka,
			TransactionTemplate transactions, Clock clock, ExchangeProperties properties) {
		super("zhili-exchange-relay", 1, signal);
		this.outbox = outbox;
		this.kafka = kafka;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = properties.relay();
		this.backoff = settings.poll();
		// the producer gives up on a message after its delivery timeout (twice the send timeout): a little more here
		this.ackTimeout = properties.kafka().sendTimeout().multipliedBy(3);
	}

	@Override
	protected Duration turn() {
		Result r;
		try {
			r = sendBatch();
		}
		catch (RuntimeException e) {
			log.warn("The exchange could not read its outbox: {}", e.toString());
			r = new Result(0, 1);
		}
		if (r.failed() > 0) {
			Duration wait = backoff;
			backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
			return wait;
		}
		backoff = settings.poll();
		return r.sent() == 0 ? settings.poll() : Duration.ZERO;
	}

	/** Sends one batch; nothing when another node has the turn or nothing waits. */
	Result sendBatch() {
		Result r = transactions.execute(tx -> {
			if (!outbox.relayTurn()) {
				return new Result(0, 0);
			}
			List<Outbox.Pending> batch = outbox.pending(settings.batchSize());
			if (batch.isEmpty()) {
				return new Result(0, 0);
			}
			return send(batch);
		});
		return r == null ? new Result(0, 0) : r;
	}

	private Result send(List<Outbox.Pending> batch) {
		List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
		String error = null;
		for (Outbox.Pending m : batch) {
			// the broker cannot be reached (no metadata within the send timeout): the rest of the batch waits too, rather
			// than each message waiting for the timeout in turn
			CompletableFuture<?> ack;
			try {
				ack = kafka.send(record(m));
			}
			catch (RuntimeException e) {
				error = describe(e);
				break;
			}
			acks.add(ack);
			if (ack.isCompletedExceptionally()) {
				break;
			}
		}
		kafka.flush();
		List<Long> sent = new ArrayList<>(batch.size());
		List<Long> failed = new ArrayList<>();
		long deadline = System.nanoTime() + ackTimeout.toNanos();
		for (int i = 0; i < batch.size(); i++) {
			long id = batch.get(i).id();
			if (i >= acks.size()) {
				failed.add(id);
				continue;
			}
			try {
				acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				sent.add(id);
			}
			catch (ExecutionException | TimeoutException e) {
				failed.add(id);
				error = describe(e instanceof ExecutionException ? e.getCause() : e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failed.add(id);
				error = "interrupted";
			}
		}
		outbox.sent(sent, clock.instant());
		outbox.failed(failed, error);
		if (!failed.isEmpty()) {
			log.warn("The exchange could not send {} of {} messages to Kafka; they wait: {}", failed.size(), batch.size(),
					error);
		}
		return new Result(sent.size(), failed.size());
	}

	private static ProducerRecord<String, String> record(Outbox.Pending m) {
		ProducerRecord<String, String> r = new ProducerRecord<>(m.topic(), m.key(), m.payload());
		r.headers().add("zhili-type", bytes(m.type()));
		r.headers().add("zhili-version", bytes(Integer.toString(m.version())));
		r.headers().add("zhili-id", bytes(Long.toString(m.id())));
		return r;
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/** The error as the admin page shows it: its innermost cause says what went wrong (the broker not answering). */
	private static String describe(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = root.getClass().getSimpleName() + ": " + root.getMessage();
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) < 0 ? a : b;
	}
}
