package org.zhili.petitions.internal;

import java.util.Arrays;
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

	/** More open petitions of one state than a district holds at once. */
	private static final int LIMIT = 2_000;

	private final PetitionQueries queries;
	private final PetitionViews views;

	PetitionWorklist(PetitionQueries queries, PetitionViews views) {
		this.queries = queries;
		this.views = views;
	}

	@Override
	public List<Waiting> waitingFor(Actor reader) {
		if (!reader.has(Permission.PETITION_HANDLE) && !reader.has(Permission.PETITION_REGISTER)) {
			return List.of();
		}
		// the open states one by one: closed petitions are never read, and only the open ones' clocks are looked up
		List<String> lights = Arrays.stream(PetitionState.values())
			.filter(PetitionState::open)
			.flatMap(s -> queries.rows(PetitionController.filter(s.name(), null, null, null, null, null, null, LIMIT), reader)
				.stream())
			.map(views::light)
			.toList();
		if (lights.isEmpty()) {
			return List.of();
		}
		long red = lights.stream().filter(ClockLight.RED.label()::equals).count();
		long yellow = lights.stream().filter(ClockLight.YELLOW.label()::equals).count();
		return List.of(new Waiting("petitions.worklist.open", lights.size(), "/petitions", red, null, yellow, null, 50));
	}
}
