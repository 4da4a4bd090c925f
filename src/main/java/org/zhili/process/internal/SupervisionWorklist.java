package org.zhili.process.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Supervisions;
import org.zhili.process.Supervisions.Supervision;
import org.zhili.process.Worklist;

/**
 * 督办 on the 工作台: for a unit, the orders it must answer; for the supervision office, every order still
 * unanswered, with those past their reply deadline.
 */
@Component
class SupervisionWorklist implements Worklist {

	/** More open orders than a district has at once; the page says how many it counted. */
	private static final int LIMIT = 2_000;

	private final Supervisions supervisions;
	private final ReaderUnits readerUnits;
	private final Clock clock;

	SupervisionWorklist(Supervisions supervisions, ReaderUnits readerUnits, Clock clock) {
		this.supervisions = supervisions;
		this.readerUnits = readerUnits;
		this.clock = clock;
	}

	@Override
	public List<Waiting> waitingFor(Actor reader) {
		List<Supervision> open = supervisions.list(reader,
				new Supervisions.Query(null, Supervisions.State.OPEN, null, null, LIMIT));
		if (open.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		Instant endOfToday = LocalDate.ofInstant(now, ChinaTime.ZONE).plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
		long overdue = open.stream().filter(s -> s.overdueAt(now)).count();
		long today = open.stream().filter(s -> !s.overdueAt(now) && s.replyDue().isBefore(endOfToday)).count();
		boolean office = readerUnits.of(reader).contains(supervisions.office());
		return List.of(new Waiting(office ? "process.worklist.supervisions.issued" : "process.worklist.supervisions",
				open.size(), "/supervisions", overdue, null, null, today, 5));
	}
}
