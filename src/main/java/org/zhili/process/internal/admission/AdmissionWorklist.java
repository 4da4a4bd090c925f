package org.zhili.process.internal.admission;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.Worklist;

/** The 社区治理 office's 工作台 card: work off the 准入清单 waiting for its decision. */
@Component
class AdmissionWorklist implements Worklist {

	private final AdmissionStore store;

	AdmissionWorklist(AdmissionStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(Actor reader) {
		if (!reader.has(Permission.COMMUNITY_LIST_MANAGE)) {
			return List.of();
		}
		long pending = store.count(AdmissionState.PENDING.name());
		return pending == 0 ? List.of()
				: List.of(new Waiting("待审批社区准入", pending, "/community-admission#pending", null, null, null, null, 75));
	}
}
