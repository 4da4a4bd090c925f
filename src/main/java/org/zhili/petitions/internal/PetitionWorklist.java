package org.zhili.petitions.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.petitions.PetitionState;
import org.zhili.process.ClockLight;
import org.zhili.process.Worklist;

/** 信访 on the 工作台: the open petitions the reader handles or oversees, with those past or near their legal limit. */
@Component
class PetitionWorklist implements Worklist {

	/** More open petitions than a district holds at once. */
	private static final int LIMIT = 2_000;

	private final PetitionQueries queries;

	PetitionWorklist(PetitionQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Waiting> waitingFor(Actor reader) {
		if (!reader.has(Permission.PETITION_HANDLE) && !reader.has(Permission.PETITION_REGISTER)) {
			return List.of();
		}
		List<PetitionViews.Line> open = queries.lines(PetitionController.filter(null, null, null, null, null, null, null, LIMIT),
				reader).stream().filter(l -> PetitionState.valueOf(l.state()).open()).toList();
		if (open.isEmpty()) {
			return List.of();
		}
		long red = open.stream().filter(l -> ClockLight.RED.label().equals(l.light())).count();
		long yellow = open.stream().filter(l -> ClockLight.YELLOW.label().equals(l.light())).count();
		return List.of(new Waiting("petitions.worklist.open", open.size(), "/petitions", red, null, yellow, null, 50));
	}
}
