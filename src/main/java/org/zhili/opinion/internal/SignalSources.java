package org.zhili.opinion.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.opinion.Signals;
import org.zhili.process.DossierSource;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** A signal's timeline for the kit's timeline views, and the signals at a building for the one view (一址一档). */
@Component
class SignalSources implements TimelineSource, DossierSource {

	private final SignalReader reader;
	private final SignalStore store;
	private final SignalAccess access;
	private final SignalRegistry registry;

	SignalSources(SignalReader reader, SignalStore store, SignalAccess access, SignalRegistry registry) {
		this.reader = reader;
		this.store = store;
		this.access = access;
		this.registry = registry;
	}

	@Override
	public String loop() {
		return Signals.LOOP;
	}

	@Override
	public String loopLabel() {
		return "舆情";
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		return this.reader.timeline(itemId, reader);
	}

	/** Signals carry no person's phone or ID number: a post's author is not a requester. */
	@Override
	public List<Item> byPerson(String phoneIndex, String idNumberIndex, Actor reader, int limit) {
		return List.of();
	}

	@Override
	public List<Item> byAddress(String addressKey, Actor reader, int limit) {
		if (addressKey == null || addressKey.isBlank() || !reader.has(org.zhili.identity.Permission.OPINION_VIEW)) {
			return List.of();
		}
		return store.atAddress(access.visibility(reader), addressKey, limit).stream()
			.map(r -> new Item(Signals.LOOP, loopLabel(), r.id(), r.ref(), r.title(), SignalSteps.page(r.id()), r.firstSeen(),
					r.state().label(), !r.state().ended(), registry.unitName(r.verifyUnit() != null ? r.verifyUnit()
							: r.streetCode())))
			.toList();
	}
}
