package org.zhili.petitions.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.process.DossierSource;

/** Petitions in the one view of a person and of a building, as the reader may see them (never to an accused unit). */
@Component
@Transactional(readOnly = true)
class PetitionDossierSource implements DossierSource {

	private final PetitionStore store;
	private final PetitionAccess access;
	private final PetitionViews views;

	PetitionDossierSource(PetitionStore store, PetitionAccess access, PetitionViews views) {
		this.store = store;
		this.access = access;
		this.views = views;
	}

	@Override
	public String loop() {
		return PetitionRegistration.LOOP;
	}

	@Override
	public String loopLabel() {
		return "信访";
	}

	@Override
	public List<Item> byPerson(String phoneIndex, String idNumberIndex, Actor reader, int limit) {
		if (phoneIndex == null && idNumberIndex == null) {
			return List.of();
		}
		return store.byPerson(phoneIndex, idNumberIndex, access.visibility(reader), limit).stream()
			.filter(r -> access.sees(r, reader)).map(this::item).toList();
	}

	@Override
	public List<Item> byAddress(String addressKey, Actor reader, int limit) {
		if (addressKey == null) {
			return List.of();
		}
		return store.byAddress(addressKey, access.visibility(reader), limit).stream()
			.filter(r -> access.sees(r, reader)).map(this::item).toList();
	}

	private Item item(PetitionStore.Row r) {
		return new Item(PetitionRegistration.LOOP, loopLabel(), r.id(), r.trackingNumber(),
				(r.kind() == null ? "" : r.kind().label() + "：") + r.title(), PetitionViews.link(r.id()),
				r.registeredAt(), r.state().label(), r.state().open(), views.unitName(r.handlingUnit()));
	}
}
