package org.zhili.process.internal.admission;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** A community assignment's timeline (申请准入, 批准 or 不予准入 with the reason), from the kit's journal. */
@Component
class AdmissionTimelineSource implements TimelineSource {

	private final Journal journal;

	AdmissionTimelineSource(Journal journal) {
		this.journal = journal;
	}

	@Override
	public String loop() {
		return AdmissionService.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		if (!reader.has(Permission.COMMUNITY_LIST_MANAGE) && !reader.has(Permission.PLAN_MANAGE)) {
			throw ApiProblem.notFound("assignment_not_found", "准入申请 " + itemId + " 不存在");
		}
		return journal.timeline(AdmissionService.LOOP, itemId);
	}
}
