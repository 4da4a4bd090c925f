package org.zhili.enterprises.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.Worklist;

/** The 工作台 card of a paired official: the enterprises due for a visit (or overdue), by each pairing's interval. */
@Component
class PairingWorklist implements Worklist {

	private final PairingStore store;
	private final PairingService pairings;
	private final EnterprisesProperties properties;

	PairingWorklist(PairingStore store, PairingService pairings, EnterprisesProperties properties) {
		this.store = store;
		this.pairings = pairings;
		this.properties = properties;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(Actor reader) {
		if (!reader.has(Permission.ENTERPRISE_VIEW)) {
			return List.of();
		}
		List<PairingStore.Due> mine = store.running(reader.username());
		if (mine.isEmpty()) {
			return List.of();
		}
		LocalDate today = pairings.today();
		long overdue = 0;
		long soon = 0;
		long dueToday = 0;
		for (PairingStore.Due d : mine) {
			LocalDate due = pairings.nextVisitDue(d.pairing(), d.lastVisit());
			if (due.isBefore(today)) {
				overdue++;
			}
			else if (!due.isAfter(today.plusDays(properties.dueSoonDays()))) {
				soon++;
				if (due.equals(today)) {
					dueToday++;
				}
			}
		}
		if (overdue + soon == 0) {
			return List.of();
		}
		return List.of(new Waiting("待走访包联企业", overdue + soon, "/enterprises?mine=true", overdue,
				"/enterprises?mine=true", soon, dueToday, 70));
	}
}
