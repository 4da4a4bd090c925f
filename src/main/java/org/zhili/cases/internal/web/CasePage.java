package org.zhili.cases.internal.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseView;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.Stage;
import org.zhili.cases.internal.views.CaseViews;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.Links;

/**
 * 工单详情: everything about one case — requester (masked), place, units, deadlines with their lights,
 * reply, follow-up, 督办, photos and the timeline — and a form for each action the workflow allows the
 * viewer, posting to the actions API with the version the page showed.
 */
@Controller
@PreAuthorize("hasAuthority('CASE_VIEW')")
class CasePage {

	private final ActionService service;
	private final CaseViews views;
	private final CaseListOptions options;
	private final Links links;

	CasePage(ActionService service, CaseViews views, CaseListOptions options, Links links) {
		this.service = service;
		this.views = views;
		this.options = options;
		this.links = links;
	}

	@GetMapping("/cases/{id:\\d+}")
	String show(Actor actor, @PathVariable long id, Model model) {
		CaseRecord record = service.visibleCase(id, actor);
		CaseView kase = views.of(record, actor, true);
		model.addAttribute("kase", kase);
		// Only the running deadline has a light that means something; the others were met or lie ahead.
		model.addAttribute("runningStage", record.runningDeadline()
			.map(d -> d == record.accept() ? Stage.ACCEPT : d == record.feedback() ? Stage.FEEDBACK : Stage.CALLBACK)
			.map(Stage::name)
			.orElse(null));
		model.addAttribute("forms", ActionForms.of(kase.allowedActions()));
		model.addAttribute("options", options);
		model.addAttribute("canUnmask", actor.has(Permission.PERSONAL_DATA_UNMASK));
		// Photos come from the units working on the case (and the command centre), as notes do.
		model.addAttribute("canUpload", kase.allowedActions().contains(CaseAction.NOTE.path()));
		// 关联事项: a dispute or petition that grew out of the case, or what it grew out of.
		model.addAttribute("links", links.of("case", id));
		return "cases/case";
	}
}
