package org.zhili.inspection.internal.execution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.InspectionCompleted;
import org.zhili.inspection.internal.InspectionRules;
import org.zhili.inspection.internal.Result;
import org.zhili.inspection.internal.plans.InspectionPlans;
import org.zhili.inspection.internal.plans.InspectionTask;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Clocks;
import org.zhili.process.Journal;
import org.zhili.process.Photos;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;

/**
 * The steps of an inspection on the kit's workflow, each in one transaction with its 全过程记录 row: record,
 * confirm, 法制审核, publish, and photos taken on site.
 */
@Service
public class InspectionSteps {

	public static final String LOOP = "inspection";

	/** What an inspector records on site. */
	public record Recording(String result, String findings, List<Inspection.Check> checklist, Boolean majorDecision) {
	}

	private final InspectionStore store;
	private final InspectionPlans plans;
	private final InspectionParties parties;
	private final InspectionViews views;
	private final Subjects subjects;
	private final Journal journal;
	private final Clocks clocks;
	private final Photos photos;
	private final Supervisions supervisions;
	private final WorkingCalendar calendar;
	private final InspectionRules rules;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InspectionSteps(InspectionStore store, InspectionPlans plans, InspectionParties parties, InspectionViews views,
			Subjects subjects, Journal journal, Clocks clocks, Photos photos, Supervisions supervisions,
			WorkingCalendar calendar, InspectionRules rules, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.parties = parties;
		this.views = views;
		this.subjects = subjects;
		this.journal = journal;
		this.clocks = clocks;
		this.photos = photos;
		this.supervisions = supervisions;
		this.calendar = calendar;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/** The inspections of a new draw, one per seated subject, each with its first record row. */
	@Transactional
	public List<Long> assign(InspectionTask task, long drawId, List<Seating> seated, String by, Instant at) {
		List<Long> ids = store.insert(task.id(), drawId, seated);
		for (long id : ids) {
			journal.append(new Journal.Step(LOOP, id, "draw", "随机抽取", by, task.leadDepartment(),
					"由抽取记录 " + drawId + " 抽中，派定检查人员", at));
		}
		return ids;
	}

	/** Removes the inspections of a draw being redrawn; refused when any was started. */
	public void withdrawDraw(long drawId) {
		if (!store.removeUnstarted(drawId)) {
			throw ApiProblem.conflict("inspections_started", "该次抽取已有检查开始录入，不能重新抽取");
		}
	}

	@Transactional
	public Inspection record(long id, Recording in, Actor actor) {
		Loaded it = load(id, actor, InspectionWorkflow.Action.RECORD);
		InspectionWorkflow.WORKFLOW.checkInputs(InspectionWorkflow.Action.RECORD,
				List.of(Workflow.Given.of(Workflow.Input.RESULT, "result", in.result())));
		Result result = result(in.result());
		if (result != Result.NO_PROBLEM && (in.findings() == null || in.findings().isBlank())) {
			throw ApiProblem.badInput("findings", "findings_required", "发现问题时请写明问题和依据");
		}
		if (in.findings() != null && in.findings().length() > 2000) {
			throw ApiProblem.badInput("findings", "findings_too_long", "检查情况不超过2000字");
		}
		List<Inspection.Check> checklist = in.checklist() == null ? List.of() : in.checklist();
		for (Inspection.Check check : checklist) {
			if (check.item() == null || check.item().isBlank()) {
				throw ApiProblem.badInput("checklist", "invalid_checklist", "检查项不能为空");
			}
		}
		boolean major = Boolean.TRUE.equals(in.majorDecision());
		if (major && result != Result.PENALTY && result != Result.TRANSFER) {
			throw ApiProblem.badInput("majorDecision", "not_a_decision", "只有立案查处或移送才构成重大执法决定");
		}
		Instant now = clock.instant();
		store.recorded(id, InspectionWorkflow.State.RECORDED, result, blankToNull(in.findings()), checklist, major,
				actor.username(), now);
		journal.append(new Journal.Step(LOOP, id, "record", "录入检查结果", actor.username(), it.task().leadDepartment(),
				result.label() + (major ? "（重大执法决定）" : "") + (in.findings() == null ? "" : "：" + in.findings().strip()), now));
		return views.get(id, actor);
	}

	@Transactional
	public Inspection confirm(long id, Actor actor) {
		Loaded it = load(id, actor, InspectionWorkflow.Action.CONFIRM);
		Instant now = clock.instant();
		journal.append(new Journal.Step(LOOP, id, "confirm", "确认检查结果", actor.username(), it.task().leadDepartment(),
				"第二名检查人员确认", now));
		if (it.row().majorDecision()) {
			store.confirmed(id, InspectionWorkflow.State.LEGAL_REVIEW, actor.username());
		} else {
			store.confirmed(id, InspectionWorkflow.State.COMPLETED, actor.username());
			complete(it, now, actor.username());
		}
		return views.get(id, actor);
	}

	/** 法制审核: approved, the decision is issued and the result completed; not approved, it goes back to the inspectors. */
	@Transactional
	public Inspection review(long id, Boolean approved, String opinion, Actor actor) {
		Loaded it = load(id, actor, InspectionWorkflow.Action.REVIEW);
		InspectionWorkflow.WORKFLOW.checkInputs(InspectionWorkflow.Action.REVIEW,
				List.of(Workflow.Given.of(Workflow.Input.RESULT, "approved", approved),
						Workflow.Given.of(Workflow.Input.REASON, "opinion", opinion)));
		Instant now = clock.instant();
		journal.append(new Journal.Step(LOOP, id, "review", approved ? "法制审核通过" : "法制审核未通过", actor.username(),
				it.task().leadDepartment(), opinion.strip(), now));
		store.reviewed(id, approved ? InspectionWorkflow.State.COMPLETED : InspectionWorkflow.State.RECORDED, opinion.strip());
		if (approved) {
			complete(it, now, actor.username());
		}
		return views.get(id, actor);
	}

	@Transactional
	public Inspection publish(long id, Actor actor) {
		Loaded it = load(id, actor, InspectionWorkflow.Action.PUBLISH);
		publishLoaded(it, actor.username(), clock.instant());
		return views.get(id, actor);
	}

	/** Publishes every completed result of a task the actor's department may publish; answers how many. */
	@Transactional
	public int publishAll(long taskId, Actor actor) {
		InspectionTask task = plans.task(taskId, actor);
		InspectionParties.Reader me = parties.reader(actor);
		int published = 0;
		Instant now = clock.instant();
		for (InspectionStore.Row row : store.ofTask(taskId)) {
			if (row.state() == InspectionWorkflow.State.COMPLETED && InspectionWorkflow.WORKFLOW
				.allows(InspectionWorkflow.Action.PUBLISH, new InspectionWorkflow.Facts(row.state()), parties.of(me, task, row))) {
				publishLoaded(new Loaded(store.lock(row.id()).orElseThrow(), task), actor.username(), now);
				published++;
			}
		}
		return published;
	}

	@Transactional
	public Photos.Photo photo(long id, String fileName, byte[] bytes, Actor actor) {
		Loaded it = load(id, actor, InspectionWorkflow.Action.RECORD);
		Instant now = clock.instant();
		long step = journal.append(new Journal.Step(LOOP, id, "photo", "现场照片", actor.username(),
				it.task().leadDepartment(), fileName, now));
		return photos.store(LOOP, id, step, fileName, bytes, actor.username(), now);
	}

	private void publishLoaded(Loaded it, String by, Instant now) {
		store.published(it.row().id(), now);
		clocks.stop(Clocks.Key.of(LOOP, it.row().id(), InspectionWorkflow.PUBLISH_CLOCK), now);
		supervisions.closeAll(LOOP, it.row().id(), now);
		LocalDate today = LocalDate.ofInstant(now, calendar.zone());
		boolean onTime = it.row().publishDue() == null || !today.isAfter(it.row().publishDue());
		journal.append(new Journal.Step(LOOP, it.row().id(), "publish", "结果公示", by, it.task().leadDepartment(),
				onTime ? "按期公示" : "逾期公示（期限" + it.row().publishDue() + "）", now));
	}

	/** The result is final: the publication clock starts and what follows from the result is told. */
	private void complete(Loaded it, Instant now, String by) {
		Deadline deadline = clocks.start(Clocks.Key.of(LOOP, it.row().id(), InspectionWorkflow.PUBLISH_CLOCK), now,
				rules.publishWithin());
		store.completed(it.row().id(), now, LocalDate.ofInstant(deadline.due(), calendar.zone()));
		InspectionStore.Row row = it.row();
		Subjects.Subject subject = subjects.find(row.subjectId()).orElseThrow();
		events.publishEvent(new InspectionCompleted(row.id(), reference(it.task(), subject), link(row.id()),
				subject.id(), row.result(), row.findings(), it.task().leadDepartment(), now, by));
	}

	static String reference(InspectionTask task, Subjects.Subject subject) {
		return task.name() + " · " + subject.name();
	}

	static String link(long id) {
		return "/inspection/inspections/" + id;
	}

	private Loaded load(long id, Actor actor, InspectionWorkflow.Action action) {
		InspectionStore.Row row = store.lock(id).orElseThrow(() -> ApiProblem.notFound("inspection_not_found", "没有这条检查记录"));
		InspectionTask task = plans.task(row.taskId());
		InspectionParties.Reader me = parties.reader(actor);
		if (!parties.maySee(me, task, row)) {
			throw ApiProblem.notFound("inspection_not_found", "没有这条检查记录");
		}
		Set<InspectionWorkflow.Party> who = parties.of(me, task, row);
		InspectionWorkflow.WORKFLOW.check(action, new InspectionWorkflow.Facts(row.state()), who);
		return new Loaded(row, task);
	}

	private static Result result(String value) {
		try {
			return Result.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			List<String> known = new ArrayList<>();
			for (Result r : Result.values()) {
				known.add(r.name() + "（" + r.label() + "）");
			}
			throw ApiProblem.badInput("result", "invalid_result", "检查结果须为：" + String.join("、", known));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private record Loaded(InspectionStore.Row row, InspectionTask task) {
	}
}
