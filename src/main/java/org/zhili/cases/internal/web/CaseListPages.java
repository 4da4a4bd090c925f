package org.zhili.cases.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.cases.Light;
import org.zhili.cases.internal.views.CaseFilter;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;

/**
 * The case lists: 工单查询 (every case in scope, filtered by the same parameters as the API), 本单位工单 (the
 * handler's unit, nearest deadline first) and 督办 (overdue, due soon, supervised). All share one list
 * fragment with its filters, paging and export link.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAuthority('CASE_VIEW')")
class CaseListPages {

	/** The supervision office's lists. */
	enum SupervisionTab {
		RED, YELLOW, SUPERVISED;

		CaseListParams apply(CaseListParams params) {
			return switch (this) {
				case RED -> params.withLight(Light.RED).openUnlessStated().sortedIfUnsorted(CaseFilter.Sort.DUE);
				case YELLOW -> params.withLight(Light.YELLOW).openUnlessStated().sortedIfUnsorted(CaseFilter.Sort.DUE);
				case SUPERVISED -> params.withSupervised(true);
			};
		}
	}

	private final CaseQueries queries;
	private final CaseListOptions options;

	CaseListPages(CaseQueries queries, CaseListOptions options) {
		this.queries = queries;
		this.options = options;
	}

	@GetMapping
	String all(Actor actor, @ModelAttribute("query") CaseListParams params, Model model) {
		list(actor, params, "/cases", Map.of(), model);
		return "cases/list";
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('CASE_HANDLE')")
	String mine(Actor actor, @ModelAttribute("query") CaseListParams params, Model model) {
		list(actor, params.withInvolvedUnit(actor.scope().unitCode()).openUnlessStated()
			.sortedIfUnsorted(CaseFilter.Sort.DUE), "/cases/mine", Map.of(), model);
		return "cases/mine";
	}

	@GetMapping("/supervision")
	@PreAuthorize("hasAuthority('CASE_SUPERVISE')")
	String supervision(Actor actor, @RequestParam(defaultValue = "RED") SupervisionTab tab,
			@ModelAttribute("query") CaseListParams params, Model model) {
		tabs(actor, tab, SupervisionTab.values(), SupervisionTab::apply, model);
		list(actor, tab.apply(params), "/cases/supervision", Map.of("tab", tab.name()), model);
		model.addAttribute("rowTemplate", "cases/supervision");
		return "cases/supervision";
	}

	/** The tabs of a page of queues, each with the number of cases its own criteria select. */
	<T> void tabs(Actor actor, T current, T[] all, BiFunction<T, CaseListParams, CaseListParams> criteria, Model model) {
		Map<T, Long> counts = new LinkedHashMap<>();
		for (T t : all) {
			counts.put(t, queries.count(actor.scope(), criteria.apply(t, CaseListParams.NONE).filter()));
		}
		model.addAttribute("tab", current);
		model.addAttribute("counts", counts);
	}

	/**
	 * Puts one page of a list and what its fragment needs into the model.
	 *
	 * @param path the page the filter form and the pager lead to
	 * @param fixed parameters of the page itself (e.g. its tab), kept by the form and the pager
	 * @return the page of cases shown
	 */
	CaseQueries.Page list(Actor actor, CaseListParams params, String path, Map<String, String> fixed, Model model) {
		StringBuilder base = new StringBuilder(path).append('?');
		fixed.forEach((k, v) -> base.append(k).append('=').append(v).append('&'));
		model.addAttribute("params", params);
		model.addAttribute("listFixed", fixed);
		model.addAttribute("listBase", base.toString());
		CaseQueries.Page result = queries.page(actor.scope(), params.filter(), params.pageIndex(), params.pageSize());
		model.addAttribute("result", result);
		model.addAttribute("options", options);
		model.addAttribute("listPath", path);
		model.addAttribute("canExport", actor.has(Permission.CASE_EXPORT));
		return result;
	}
}
