package org.zhili.cases.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseActions;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseSummary;
import org.zhili.cases.CaseView;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.views.CaseFilter;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.cases.internal.views.CaseViews;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/**
 * 派遣: the command centre's queues — new cases, returned ones, requests to approve, replies to review,
 * follow-up calls and cases to close — with their counts, and dispatch straight from the queue to the
 * suggested lead unit.
 */
@Controller
@RequestMapping("/cases/dispatch")
@PreAuthorize("hasAuthority('CASE_DISPATCH')")
class DispatchPages {

	/** The dispatcher's queues, each a fixed filter of the case list. */
	enum Queue {
		NEW, RETURNED, APPROVALS, REVIEW, CALLBACK, CLOSE;

		CaseListParams apply(CaseListParams p) {
			return switch (this) {
				case NEW -> p.withStates(List.of(CaseState.REGISTERED)).withReturned(false)
					.sortedIfUnsorted(CaseFilter.Sort.OLDEST);
				case RETURNED -> p.withStates(List.of(CaseState.REGISTERED)).withReturned(true)
					.sortedIfUnsorted(CaseFilter.Sort.OLDEST);
				case APPROVALS -> p.withPending(true).openUnlessStated().sortedIfUnsorted(CaseFilter.Sort.OLDEST);
				case REVIEW -> p.withStates(List.of(CaseState.REPLIED)).sortedIfUnsorted(CaseFilter.Sort.OLDEST);
				case CALLBACK -> p.withStates(List.of(CaseState.CALLBACK)).sortedIfUnsorted(CaseFilter.Sort.DUE);
				case CLOSE -> p.withStates(List.of(CaseState.RATED)).sortedIfUnsorted(CaseFilter.Sort.OLDEST);
			};
		}

		boolean routes() {
			return this == NEW || this == RETURNED;
		}
	}

	private final CaseListPages lists;
	private final CaseListOptions options;
	private final Categories categories;
	private final ActionService service;
	private final CaseViews views;
	private final CaseActions actions;

	DispatchPages(CaseListPages lists, CaseListOptions options, Categories categories,
			ActionService service, CaseViews views, CaseActions actions) {
		this.lists = lists;
		this.options = options;
		this.categories = categories;
		this.service = service;
		this.views = views;
		this.actions = actions;
	}

	@GetMapping
	String queues(Actor actor, @RequestParam(defaultValue = "NEW") Queue tab,
			@ModelAttribute("query") CaseListParams params, Model model) {
		lists.tabs(actor, tab, Queue.values(), Queue::apply, model);
		CaseQueries.Page page = lists.list(actor, tab.apply(params), "/cases/dispatch", Map.of("tab", tab.name()), model);
		if (tab.routes()) {
			Map<Long, String> suggested = new LinkedHashMap<>();
			for (CaseSummary c : page.items()) {
				String unit = categories.leadUnitFor(c.category() == null ? null : c.category().code(),
						c.street() == null ? null : c.street().code());
				if (unit != null) {
					suggested.put(c.id(), unit);
				}
			}
			model.addAttribute("suggested", suggested);
			model.addAttribute("units", options.handlingUnits());
			model.addAttribute("rowTemplate", "cases/dispatch");
		}
		return "cases/dispatch";
	}

	/** 派单 from the queue: dispatch, or designate when the case was returned too often — as the workflow allows. */
	@PostMapping("/{id}")
	String dispatch(Actor actor, @PathVariable long id, @RequestParam(required = false) String unitCode, Model model) {
		try {
			CaseView before = views.of(service.visibleCase(id, actor), actor, false);
			CaseAction action = before.allowedActions().contains(CaseAction.DESIGNATE.path()) ? CaseAction.DESIGNATE
					: CaseAction.DISPATCH;
			ActionInput input = new ActionInput(before.version(), unitCode == null || unitCode.isBlank() ? null : unitCode,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null);
			model.addAttribute("done", actions.perform(id, action, input, actor));
		}
		catch (ApiProblem problem) {
			model.addAttribute("problem", problem.getMessage());
		}
		return "cases/dispatch :: dispatched";
	}
}
