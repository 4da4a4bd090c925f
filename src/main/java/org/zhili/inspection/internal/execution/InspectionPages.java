package org.zhili.inspection.internal.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.identity.Actor;
import org.zhili.inspection.Matters;
import org.zhili.inspection.internal.Result;
import org.zhili.inspection.internal.plans.InspectionPlans;
import org.zhili.inspection.internal.plans.InspectionTask;
import org.zhili.process.Journal;
import org.zhili.process.Photos;

/**
 * The pages of inspections: the inspector's own (made for a phone), one inspection — recorded and confirmed on site
 * by its inspectors, reviewed by the legal reviewer, published by the department, each seeing only the steps the
 * workflow allows them — the 法制审核 queue, and a subject's inspections for its page in the library.
 */
@Controller
class InspectionPages {

	/**
	 * A check item of the task's matters and what was found at it, if recorded.
	 *
	 * @param ok {@code null} while not checked
	 */
	record CheckLine(String item, String matter, Boolean ok, String note) {
	}

	private final InspectionViews views;
	private final InspectionPlans plans;
	private final Matters matters;
	private final Journal journal;
	private final Photos photos;

	InspectionPages(InspectionViews views, InspectionPlans plans, Matters matters, Journal journal, Photos photos) {
		this.views = views;
		this.plans = plans;
		this.matters = matters;
		this.journal = journal;
		this.photos = photos;
	}

	@GetMapping("/inspection/mine")
	@PreAuthorize("hasAuthority('INSPECTION_EXECUTE')")
	String mine(Actor actor, Model model) {
		model.addAttribute("inspections", views.mine(actor));
		return "inspection/mine";
	}

	@GetMapping("/inspection/inspections/{id:\\d+}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String inspection(@PathVariable long id, Actor actor, Model model) {
		Inspection inspection = views.get(id, actor);
		model.addAttribute("i", inspection);
		model.addAttribute("checklist", checklist(inspection, plans.task(inspection.taskId())));
		model.addAttribute("results", Result.values());
		model.addAttribute("photos", photos.of(InspectionSteps.LOOP, id));
		model.addAttribute("timeline", journal.timeline(InspectionSteps.LOOP, id));
		return "inspection/inspection";
	}

	@GetMapping("/inspection/legal-review")
	@PreAuthorize("hasAuthority('INSPECTION_LEGAL_REVIEW')")
	String legalReview(Actor actor, Model model) {
		model.addAttribute("inspections", views.awaitingReview(actor));
		return "inspection/legal-review";
	}

	/** A subject's inspections, the fragment its page in the subject library loads. */
	@GetMapping("/inspection/subjects/{id:\\d+}/inspections")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String ofSubject(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("inspections", views.ofSubject(id, actor));
		return "inspection/fragments :: subjectInspections";
	}

	/** The task's matters' check items, in the matters' order, with what the record holds for each. */
	private List<CheckLine> checklist(Inspection inspection, InspectionTask task) {
		Map<String, Inspection.Check> recorded = new LinkedHashMap<>();
		inspection.checklist().forEach(c -> recorded.put(c.item(), c));
		List<CheckLine> lines = new ArrayList<>();
		for (long matterId : task.matterIds()) {
			matters.find(matterId).ifPresent(m -> m.checklist().forEach(item -> {
				Inspection.Check c = recorded.remove(item);
				lines.add(new CheckLine(item, m.name(), c == null ? null : c.ok(), c == null ? null : c.note()));
			}));
		}
		recorded.values().forEach(c -> lines.add(new CheckLine(c.item(), null, c.ok(), c.note())));
		return lines;
	}
}
