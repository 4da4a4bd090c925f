package org.zhili.plans.internal.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhili.process.CommunityAdmission;
import org.zhili.process.CommunityAssignmentDecided;

/**
 * 社区准入 for plan tasks: a community newly given a task (to lead or to help) is checked against the 准入清单
 * through the kit; work off the list is held back — the task keeps its former lead, the community is left out of
 * the co-units — until the 社区治理 office approves it, when the task is given to the community.
 */
@Component
public class CommunityWork {

	/** The units the task gets now, and the communities whose part waits for approval. */
	public record Admitted(String lead, List<String> coUnits, List<String> waiting) {
	}

	private final CommunityAdmission admission;
	private final JdbcClient jdbc;

	CommunityWork(CommunityAdmission admission, JdbcClient jdbc) {
		this.admission = admission;
		this.jdbc = jdbc;
	}

	/**
	 * @param lead the lead unit asked for; {@code formerLead} the one the task has (kept while a community waits)
	 * @param formerCo the co-units the task has (not checked again)
	 * @param listItemId the 准入清单 item the work is, or {@code null} to match by the task's title
	 * @param assigningUnit the unit giving the work (the report counts by it), or {@code null}
	 */
	public Admitted admit(long taskId, String number, String title, String lead, String formerLead, List<String> co,
			List<String> formerCo, Long listItemId, String reason, String by, String assigningUnit, Instant at) {
		List<String> waiting = new ArrayList<>();
		String admittedLead = lead;
		if (lead != null && !lead.equals(formerLead) && !check(taskId, number, title, lead,
				CommunityAdmission.Role.LEAD, listItemId, reason, by, assigningUnit, at)) {
			waiting.add(lead);
			admittedLead = formerLead;
		}
		List<String> admittedCo = new ArrayList<>();
		for (String unit : co) {
			if (formerCo.contains(unit)
					|| check(taskId, number, title, unit, CommunityAdmission.Role.CO, listItemId, reason, by, assigningUnit, at)) {
				admittedCo.add(unit);
			}
			else {
				waiting.add(unit);
			}
		}
		return new Admitted(admittedLead, admittedCo, waiting);
	}

	private boolean check(long taskId, String number, String title, String unit, CommunityAdmission.Role role,
			Long listItemId, String reason, String by, String assigningUnit, Instant at) {
		String ref = number == null || number.isBlank() ? title : number + " " + title;
		return admission.check(new CommunityAdmission.Assignment(PlanClocks.LOOP, taskId,
				ref.length() > 200 ? ref.substring(0, 200) : ref, "/plans/tasks/" + taskId,
				title.length() > 500 ? title.substring(0, 500) : title, unit, role, assigningUnit, listItemId, reason,
				by), at).assignNow();
	}

	/** Approved work off the list: the task is now the community's (to lead, or to help with). */
	@ApplicationModuleListener
	void on(CommunityAssignmentDecided decided) {
		if (!decided.approved() || !PlanClocks.LOOP.equals(decided.loop())) {
			return;
		}
		if (decided.role() == CommunityAdmission.Role.LEAD) {
			jdbc.sql("update plans.task set lead_unit = :unit where id = :id")
				.param("unit", decided.communityCode()).param("id", decided.itemId()).update();
		}
		else {
			jdbc.sql("""
					update plans.task set co_units = array_append(co_units, cast(:unit as text))
					where id = :id and not (cast(:unit as text) = any(co_units))""")
				.param("unit", decided.communityCode()).param("id", decided.itemId()).update();
		}
	}
}
