package org.zhili.disputes.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.disputes.Disputes;
import org.zhili.identity.Actor;
import org.zhili.process.DossierSource;

/** Disputes in the one view of a person (a party's phone or ID number) and of a building, within the reader's scope. */
@Component
@Transactional(readOnly = true)
class DisputeDossierSource implements DossierSource {

	private final DisputeStore store;
	private final DisputeAccess access;
	private final DisputeViews views;
	private final DisputeRules rules;

	DisputeDossierSource(DisputeStore store, DisputeAccess access, DisputeViews views, DisputeRules rules) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.rules = rules;
	}

	@Override
	public String loop() {
		return Disputes.LOOP;
	}

	@Override
	public String loopLabel() {
		return "矛盾纠纷";
	}

	@Override
	public List<Item> byPerson(String phoneIndex, String idNumberIndex, Actor reader, int limit) {
		if (phoneIndex == null && idNumberIndex == null) {
			return List.of();
		}
		return store.byPerson(phoneIndex, idNumberIndex, access.visibility(reader), limit).stream().map(this::item).toList();
	}

	@Override
	public List<Item> byAddress(String addressKey, Actor reader, int limit) {
		if (addressKey == null) {
			return List.of();
		}
		return store.byAddress(addressKey, access.visibility(reader), limit).stream().map(this::item).toList();
	}

	private Item item(DisputeStore.Row r) {
		return new Item(Disputes.LOOP, loopLabel(), r.id(), r.reference(), rules.typeLabel(r.typeCode()) + "：" + r.title(),
				DisputeViews.link(r.id()), r.registeredAt(), r.state().label(), r.state().open(),
				views.centreName(r.centreCode()));
	}
}
