package org.zhili.inspection.internal.rectification;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.Rectifications;
import org.zhili.process.Worklist;

/** 整改 on the 工作台: the problems and hazards the reader's unit must still rectify, late ones and those due today. */
@Component
class RectificationWorklist implements Worklist {

	/** More open rectifications than a unit has at once. */
	private static final int LIMIT = 2_000;

	private final RectificationRegister register;
	private final RectificationViews views;

	RectificationWorklist(RectificationRegister register, RectificationViews views) {
		this.register = register;
		this.views = views;
	}

	@Override
	public List<Waiting> waitingFor(Actor reader) {
		if (!reader.has(Permission.INSPECTION_RECTIFY)) {
			return List.of();
		}
		String unit = reader.scope().unitCode();
		List<Rectifications.Rectification> open = register.lines(new Rectifications.Query(Rectifications.State.OPEN, null,
				null, null, null, LIMIT), reader).stream()
			.map(RectificationLine::rectification)
			.filter(r -> unit.equals(r.unitCode()))
			.toList();
		if (open.isEmpty()) {
			return List.of();
		}
		LocalDate today = views.today();
		return List.of(new Waiting("inspection.worklist.rectify", open.size(), "/inspection/rectifications?state=OPEN",
				open.stream().filter(Rectifications.Rectification::overdue).count(),
				"/inspection/rectifications?state=OPEN&overdue=true", null,
				open.stream().filter(r -> today.equals(r.due())).count(), 70));
	}
}
