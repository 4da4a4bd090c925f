package org.zhili.inspection.internal.execution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.plans.InspectionPlans;
import org.zhili.inspection.internal.plans.InspectionTask;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Workflow;

/** Inspections as their readers see them: names resolved, the reader's allowed actions, the publication light. */
@Component
public class InspectionViews {

	private final InspectionStore store;
	private final InspectionPlans plans;
	private final Subjects subjects;
	private final Inspectors inspectors;
	private final OrgUnits units;
	private final InspectionParties parties;
	private final WorkingCalendar calendar;
	private final java.time.Clock clock;

	InspectionViews(InspectionStore store, InspectionPlans plans, Subjects subjects, Inspectors inspectors, OrgUnits units,
			InspectionParties parties, WorkingCalendar calendar, java.time.Clock clock) {
		this.store = store;
		this.plans = plans;
		this.subjects = subjects;
		this.inspectors = inspectors;
		this.units = units;
		this.parties = parties;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** One inspection, if the reader may see it (404 otherwise). */
	public Inspection get(long id, Actor reader) {
		InspectionParties.Reader me = parties.reader(reader);
		InspectionStore.Row row = store.find(id).filter(r -> parties.maySee(me, plans.task(r.taskId()), r))
			.orElseThrow(() -> ApiProblem.notFound("inspection_not_found", "没有这条检查记录"));
		return views(List.of(row), me).get(0);
	}

	public List<Inspection> ofTask(long taskId, Actor reader) {
		plans.task(taskId, reader);
		return views(store.ofTask(taskId), parties.reader(reader));
	}

	/** The reader's own inspections, as an inspector: open ones first. */
	public List<Inspection> mine(Actor reader) {
		InspectionParties.Reader me = parties.reader(reader);
		return me.inspectorId() == null ? List.of() : views(store.ofInspector(me.inspectorId(), 200), me);
	}

	/** Results waiting for the reader's 法制审核: the major decisions of the reader's department. */
	public List<Inspection> awaitingReview(Actor reader) {
		return views(store.inState(InspectionWorkflow.State.LEGAL_REVIEW, List.of(reader.scope().unitCode()), 200),
				parties.reader(reader));
	}

	/** Completed results the department has still to publish. */
	public List<Inspection> awaitingPublication(Actor reader) {
		List<String> departments = plans.mayReadAll(reader) ? List.of() : List.of(reader.scope().unitCode());
		return views(store.inState(InspectionWorkflow.State.COMPLETED, departments, 500), parties.reader(reader));
	}

	/** A subject's inspections, newest first (for its page in the subject library). */
	public List<Inspection> ofSubject(long subjectId, Actor reader) {
		InspectionParties.Reader me = parties.reader(reader);
		return views(store.ofSubject(subjectId).stream().filter(r -> parties.maySee(me, plans.task(r.taskId()), r)).toList(), me);
	}

	/** Published results for everyone (the public portal), newest first. */
	public List<Inspection> published(String department, Integer year, int limit) {
		return views(store.published(department, year, limit), null);
	}

	/** The inspectors of each subject's latest inspection: a draw withdraws them from the next one. */
	public Map<Long, List<Long>> lastInspectors(Collection<Long> subjectIds) {
		return store.lastInspectors(subjectIds);
	}

	/** Rows as their reader sees them, each task, subject and inspector read once for the whole list. */
	private List<Inspection> views(List<InspectionStore.Row> rows, InspectionParties.Reader reader) {
		Map<Long, InspectionTask> tasks = new HashMap<>();
		Map<Long, Subjects.Subject> subjectsById = subjects.findAll(rows.stream().map(InspectionStore.Row::subjectId)
			.distinct().toList()).stream().collect(Collectors.toMap(Subjects.Subject::id, s -> s));
		Map<Long, Inspectors.Inspector> seated = inspectors.findAll(rows.stream().flatMap(r -> r.inspectorIds().stream())
			.distinct().toList()).stream().collect(Collectors.toMap(Inspectors.Inspector::id, i -> i));
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
		return rows.stream().map(r -> view(r, tasks.computeIfAbsent(r.taskId(), plans::task), subjectsById.get(r.subjectId()),
				seated, reader, today)).toList();
	}

	private Inspection view(InspectionStore.Row row, InspectionTask task, Subjects.Subject subject,
			Map<Long, Inspectors.Inspector> seated, InspectionParties.Reader reader, LocalDate today) {
		List<Inspection.Seat> seats = row.inspectorIds().stream()
			.map(id -> {
				Inspectors.Inspector i = seated.get(id);
				return i == null ? new Inspection.Seat(id, "（已删除）", "", "", null)
						: new Inspection.Seat(i.id(), i.name(), i.departmentName(), i.licenceNumber(), i.username());
			})
			.toList();
		List<String> allowed = reader == null ? List.of()
				: InspectionWorkflow.WORKFLOW.allowed(new InspectionWorkflow.Facts(row.state()), parties.of(reader, task, row))
					.stream().map(Workflow::path).toList();
		boolean overdue = row.state() == InspectionWorkflow.State.COMPLETED && row.publishDue() != null
				&& today.isAfter(row.publishDue());
		return new Inspection(row.id(), task.id(), task.name(), task.leadDepartment(), unitName(task.leadDepartment()),
				row.drawId(), subject.id(), subject.name(), subject.creditCode(), subject.creditClass(), subject.address(),
				subject.streetName(), row.pickOrder(), seats, row.state(), row.state().label(), row.result(),
				row.result() == null ? null : row.result().label(), row.findings(), row.checklist(), row.majorDecision(),
				row.recordedBy(), row.recordedAt(), row.confirmedBy(), row.completedAt(), row.legalOpinion(),
				row.publishDue(), row.publishedAt(), overdue, allowed);
	}

	private String unitName(String code) {
		return units.find(code).map(OrgUnit::name).orElse(code);
	}
}
