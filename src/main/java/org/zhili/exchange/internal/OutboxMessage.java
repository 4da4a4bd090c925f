package org.zhili.exchange.internal;

import java.time.Instant;

/** A message on its way into the outbox: what it is, its key (the item it is about) and when the event happened. */
record OutboxMessage(MessageType type, String key, Record payload, Instant occurredAt) {
}
