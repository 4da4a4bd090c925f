package org.zhili.cases.internal.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.cases.Light;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.Worklist;

/**
 * 接诉即办 on the 工作台: a handling unit's open cases with their red and yellow lights, and the command centre's
 * queues, each counted with the same filter as the list it links to.
 */
@Component
class CaseWorklist implements Worklist {

	private final CaseQueries queries;

	CaseWorklist(CaseQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Waiting> waitingFor(Actor reader) {
		List<Waiting> waiting = new ArrayList<>();
		if (reader.has(Permission.CASE_HANDLE)) {
			CaseListParams mine = CaseListParams.NONE.withInvolvedUnit(reader.scope().unitCode()).openUnlessStated();
			CaseQueries.ByLight open = queries.countByLight(reader.scope(), mine.filter());
			if (open.all() > 0) {
				waiting.add(new Waiting("cases.worklist.mine", open.all(), "/cases/mine", open.red(), "/cases/mine?light=RED",
						open.yellow(), null, 10));
			}
		}
		if (reader.has(Permission.CASE_DISPATCH)) {
			for (DispatchPages.Queue queue : DispatchPages.Queue.values()) {
				long n = count(reader, queue.apply(CaseListParams.NONE));
				if (n > 0) {
					waiting.add(new Waiting("cases.dispatch.tab." + queue.name(), n, "/cases/dispatch?tab=" + queue.name(),
							null, null, null, null, 20 + queue.ordinal()));
				}
			}
		}
		else if (reader.has(Permission.CASE_CALLBACK)) {
			CaseListParams calls = DispatchPages.Queue.CALLBACK.apply(CaseListParams.NONE);
			long n = count(reader, calls);
			if (n > 0) {
				waiting.add(new Waiting("cases.dispatch.tab.CALLBACK", n, "/cases?state=CALLBACK&sort=DUE",
						count(reader, calls.withLight(Light.RED)), "/cases?state=CALLBACK&light=RED", null, null, 30));
			}
		}
		return waiting;
	}

	private long count(Actor reader, CaseListParams params) {
		return queries.count(reader.scope(), params.filter());
	}
}
