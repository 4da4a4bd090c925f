package org.zhili.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plans the supervision office made public (计划公开, e.g. the 20项民心工程), as the public reads them: the
 * outline, and each task with its lead unit, deadline, progress and status. Nothing internal (reports' text,
 * co-units, milestones, 督办) is exposed.
 */
public interface PublicPlans {

	record PublicTask(String number, String title, String leadUnit, LocalDate deadline, int progress, TaskStatus status,
			String statusLabel) {
	}

	record PublicSection(String number, String title, BigDecimal progress, List<PublicSection> sections,
			List<PublicTask> tasks) {
	}

	/**
	 * A public plan: its weighted progress, how many tasks stand in each status (by label), its sections and the
	 * tasks outside any section.
	 */
	record PublicPlan(long id, String title, int year, String description, BigDecimal progress, int taskCount,
			Map<String, Integer> statuses, List<PublicSection> sections, List<PublicTask> tasks) {

		/** Every task, those outside any section first, then section by section in the plan's order. */
		public List<PublicTask> allTasks() {
			List<PublicTask> all = new ArrayList<>(tasks);
			collect(sections, all);
			return all;
		}

		private static void collect(List<PublicSection> sections, List<PublicTask> into) {
			for (PublicSection s : sections) {
				into.addAll(s.tasks());
				collect(s.sections(), into);
			}
		}
	}

	/** Every public plan, newest year first. */
	List<PublicPlan> published();

	/** A public plan; empty for a plan that does not exist or is not public. */
	Optional<PublicPlan> find(long id);
}
