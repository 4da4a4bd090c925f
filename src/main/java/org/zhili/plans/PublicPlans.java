package org.zhili.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The plans the supervision office made public (计划公开, e.g. the 20项民心工程), for the public portal: each task
 * with its lead unit, status and progress. Nothing internal (reports' text, 督办) is exposed.
 */
public interface PublicPlans {

	record PublicTask(String number, String title, String leadUnit, LocalDate deadline, int progress, TaskStatus status) {
	}

	record PublicPlan(long id, String title, int year, BigDecimal progress, List<PublicTask> tasks) {
	}

	/** Every public plan, newest year first. */
	List<PublicPlan> published();
}
