package org.zhili.urban.internal.gridwork;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.Worklist;

/** 网格走访 on the 工作台: the grid worker's visits planned for today or before and not yet made. */
@Component
class VisitWorklist implements Worklist {

	private final GridVisits visits;

	VisitWorklist(GridVisits visits) {
		this.visits = visits;
	}

	@Override
	public List<Waiting> waitingFor(Actor reader) {
		if (!reader.has(Permission.GRID_VISIT)) {
			return List.of();
		}
		List<GridVisits.VisitView> due = visits.today(reader).stream().filter(v -> v.visitedAt() == null).toList();
		if (due.isEmpty()) {
			return List.of();
		}
		long overdue = due.stream().filter(GridVisits.VisitView::overdue).count();
		return List.of(new Waiting("urban.worklist.visits", due.size(), "/urban/visits", overdue, null, null,
				due.size() - overdue, 60));
	}
}
