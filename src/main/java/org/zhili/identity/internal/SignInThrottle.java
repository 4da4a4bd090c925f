package org.zhili.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per network address in a sliding window (zhili.security.sign-in-limits): one address trying many
 * user names or passwords is held back, whatever the names. Only failures count, so the many people of an office
 * behind one address signing in correctly are never slowed. Kept in memory: per instance, forgotten at restart.
 */
@Component
class SignInThrottle {

	/** Addresses kept before the ones whose failures have all left the window are dropped. */
	private static final int PRUNE_ABOVE = 10_000;

	private final SecurityProperties.SignInLimits limits;
	private final Clock clock;
	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	SignInThrottle(SecurityProperties properties, Clock clock) {
		this.limits = properties.signInLimits();
		this.clock = clock;
	}

	/** How long the address must wait before it may try again; empty when it may try now. */
	Optional<Duration> waitFor(String address) {
		Deque<Instant> recent = failures.get(key(address));
		if (recent == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		synchronized (recent) {
			forgetOld(recent, now);
			if (recent.size() < limits.perAddress()) {
				return Optional.empty();
			}
			// The window must slide past enough failures to leave room for one more.
			Instant oldestThatMustLeave = recent.stream().skip(recent.size() - limits.perAddress()).findFirst().orElseThrow();
			Duration wait = Duration.between(now, oldestThatMustLeave.plus(limits.addressWindow()));
			return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
		}
	}

	/** Counts one failed sign-in from the address. */
	void failed(String address) {
		Instant now = clock.instant();
		if (failures.size() > PRUNE_ABOVE) {
			failures.values().removeIf(d -> {
				synchronized (d) {
					forgetOld(d, now);
					return d.isEmpty();
				}
			});
		}
		Deque<Instant> recent = failures.computeIfAbsent(key(address), a -> new ArrayDeque<>());
		synchronized (recent) {
			forgetOld(recent, now);
			recent.addLast(now);
		}
	}

	private void forgetOld(Deque<Instant> recent, Instant now) {
		Instant horizon = now.minus(limits.addressWindow());
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
			recent.removeFirst();
		}
	}

	private static String key(String address) {
		return address == null ? "" : address;
	}
}
