package org.zhili.process.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.InboxAudience;

/** The units a reader reads and answers for: their own and those the loops add for their roles. */
@Component
class ReaderUnits {

	private final List<InboxAudience> audiences;

	ReaderUnits(List<InboxAudience> audiences) {
		this.audiences = audiences;
	}

	Set<String> of(Actor reader) {
		Set<String> units = new LinkedHashSet<>();
		units.add(reader.scope().unitCode());
		audiences.forEach(a -> units.addAll(a.extraUnits(reader)));
		return units;
	}
}
