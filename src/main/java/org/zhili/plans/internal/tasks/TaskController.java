package org.zhili.plans.internal.tasks;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.tasks.TaskViews.TaskDetail;
import org.zhili.plans.internal.tasks.TaskViews.TaskSummary;
import org.zhili.process.Inbox;

/** The work on plan tasks over HTTP: progress reports and their review, 督办 and replies, milestones, assignment. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "督查督办")
class TaskController {

	record ReportRequest(Integer percent, String text, String period, List<String> evidence) {
	}

	record ReviewRequest(Boolean accept, String note) {
	}

	record SuperviseRequest(String level, String note, Integer replyWorkingDays) {
	}

	record ReplyRequest(String reply) {
	}

	record MilestoneRequest(LocalDate due, String deliverable) {
	}

	/**
	 * @param listItemId the 社区准入清单 item the work is when a community is given it (default: matched by title)
	 * @param reason why a community must take work off the list, for the approver
	 */
	record AssignRequest(String leadUnit, List<String> coUnits, String leader, LocalDate deadline, BigDecimal weight,
			Long listItemId, String reason) {
	}

	record Created(long id) {
	}

	/** The unit's own tasks, the month whose report is due and its notices. */
	record MyTasks(String duePeriod, List<TaskSummary> tasks, List<Inbox.Entry> notices) {
	}

	/** How many reminders went out. */
	record Sent(int sent) {
	}

	private final TaskQueries tasks;
	private final TaskWork work;
	private final TaskReminders reminders;

	TaskController(TaskQueries tasks, TaskWork work, TaskReminders reminders) {
		this.tasks = tasks;
		this.work = work;
		this.reminders = reminders;
	}

	@GetMapping("/tasks/{id}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "任务详情：节点、进展报告、督办和时间线")
	TaskDetail task(@PathVariable long id, Actor actor) {
		return tasks.task(id, actor);
	}

	@GetMapping("/tasks/mine")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "本单位牵头或配合的任务，含上月进展是否已报")
	MyTasks mine(Actor actor) {
		return new MyTasks(tasks.duePeriod(), tasks.mine(actor), reminders.notices(actor));
	}

	@PostMapping("/tasks/{id}/reports")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "报送进展（牵头或配合单位）：进展说明、完成百分比、月份、佐证材料")
	ResponseEntity<Created> report(@PathVariable long id, @RequestBody ReportRequest r, Actor actor) {
		long reportId = work.report(id, actor, r.percent(), r.text(), r.period(), r.evidence());
		return ResponseEntity.created(URI.create("/api/v1/plans/tasks/" + id)).body(new Created(reportId));
	}

	@PostMapping("/reports/{id}/review")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "审核进展报告：accept=true 通过，false 退回（须说明理由；退回的报告不计进度）")
	void review(@PathVariable long id, @RequestBody ReviewRequest r, Actor actor) {
		work.review(id, actor, !Boolean.FALSE.equals(r.accept()), r.note());
	}

	@PostMapping("/tasks/{id}/supervisions")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "督办：level NORMAL（普通）/ YELLOW（黄牌）/ RED（红牌），回复时限按工作日（默认5个）")
	ResponseEntity<Created> supervise(@PathVariable long id, @RequestBody SuperviseRequest r, Actor actor) {
		return ResponseEntity.status(201).body(new Created(work.supervise(id, actor, r.level(), r.note(), r.replyWorkingDays())));
	}

	@PostMapping("/supervisions/{id}/reply")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "回复督办（牵头或配合单位）")
	void reply(@PathVariable long id, @RequestBody ReplyRequest r, Actor actor) {
		work.reply(id, actor, r.reply());
	}

	@PostMapping("/tasks/{id}/milestones")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "增加节点（日期与成果）；逾期未完成的节点使任务滞后")
	ResponseEntity<Created> milestone(@PathVariable long id, @RequestBody MilestoneRequest r, Actor actor) {
		return ResponseEntity.status(201).body(new Created(work.addMilestone(id, actor, r.due(), r.deliverable())));
	}

	@PostMapping("/milestones/{id}/done")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	@Operation(summary = "节点完成（牵头或配合单位）")
	void milestoneDone(@PathVariable long id, Actor actor) {
		work.completeMilestone(id, actor);
	}

	@PutMapping("/tasks/{id}/assignment")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "分解任务：牵头单位、配合单位、责任领导、完成时限、权重；交社区的事项不在社区准入清单内时待审批（waiting 列出），批准后生效")
	TaskWork.Assigned assign(@PathVariable long id, @RequestBody AssignRequest r, Actor actor) {
		return work.assign(id, actor, r.leadUnit(), r.coUnits(), r.leader(), r.deadline(), r.weight(), r.listItemId(),
				r.reason());
	}

	@PostMapping("/reminders")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	@Operation(summary = "立即催报：到时的节点逾期和进展未报提醒立即发给牵头单位（到时也自动发出）")
	Sent remind() {
		return new Sent(reminders.remindNow());
	}
}
