package org.zhili.insight.internal.cockpit;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/**
 * The cockpit's live tiles: every {@code push-every} this node reads the summary of each area a screen watches (the
 * counters, not the cases) and sends it to that area's screens when its fingerprint changed. Each node polls on its
 * own, so behind a load balancer a screen connected to either node sees a case registered on the other. Streams are
 * capped per node and time out, after which the browser reconnects (and is authenticated again).
 */
@Component
class CockpitStream {

	private static final Logger log = LoggerFactory.getLogger(CockpitStream.class);

	private record Watcher(Area area, Actor reader, SseEmitter emitter) {
	}

	private final Cockpit cockpit;
	private final CockpitProperties properties;
	private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
	/** The fingerprint last sent per area (its unit's code). */
	private final Map<String, String> sent = new ConcurrentHashMap<>();
	private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "cockpit-push");
		t.setDaemon(true);
		return t;
	});

	CockpitStream(Cockpit cockpit, CockpitProperties properties) {
		this.cockpit = cockpit;
		this.properties = properties;
		long every = properties.pushEvery().toMillis();
		ticks.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
	}

	SseEmitter open(Area area, Actor reader) {
		if (watchers.size() >= properties.maxStreams()) {
			throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "too_many_streams", "实时推送连接已满，请稍后再试", List.of(), null);
		}
		SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
		Watcher watcher = new Watcher(area, reader, emitter);
		emitter.onCompletion(() -> watchers.remove(watcher));
		emitter.onTimeout(() -> {
			watchers.remove(watcher);
			emitter.complete();
		});
		emitter.onError(e -> watchers.remove(watcher));
		watchers.add(watcher);
		// The current figures at once: a screen that reconnects is not left showing old ones until the next change.
		send(watcher, cockpit.summary(area));
		return emitter;
	}

	private void tick() {
		try {
			if (watchers.isEmpty()) {
				return;
			}
			// the district's figures once, whatever the number of areas watched
			Cockpit.Reading reading = cockpit.reading();
			Map<String, Cockpit.Summary> read = new HashMap<>();
			for (Watcher w : watchers) {
				Cockpit.Summary s = read.computeIfAbsent(w.area().unit().code(), code -> cockpit.summary(w.area(), reading));
				if (!s.fingerprint().equals(sent.get(code(w)))) {
					send(w, s);
				}
			}
			read.forEach((code, s) -> sent.put(code, s.fingerprint()));
		}
		catch (RuntimeException e) {
			// A failed reading (e.g. the database restarting) must not end the schedule: the next tick tries again.
			log.warn("Cockpit push failed: {}", e.toString());
		}
	}

	private static String code(Watcher w) {
		return w.area().unit().code();
	}

	private void send(Watcher w, Cockpit.Summary summary) {
		try {
			w.emitter().send(SseEmitter.event().name("summary").id(summary.fingerprint())
				.data(cockpit.forReader(summary, w.reader())));
		}
		catch (IOException | IllegalStateException gone) {
			// The screen went away: forget it.
			watchers.remove(w);
			w.emitter().completeWithError(gone);
		}
	}

	@PreDestroy
	void stop() {
		ticks.shutdownNow();
		watchers.forEach(w -> w.emitter().complete());
	}
}
