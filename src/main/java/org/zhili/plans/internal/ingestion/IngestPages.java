package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/** The pages of reading a document: the upload, and a draft beside its source for review. */
@Controller
class IngestPages {

	private final IngestService ingest;
	private final IngestReviews reviews;
	private final OrgUnits units;
	private final JsonMapper json;

	IngestPages(IngestService ingest, IngestReviews reviews, OrgUnits units, JsonMapper json) {
		this.ingest = ingest;
		this.reviews = reviews;
		this.units = units;
		this.json = json;
	}

	@GetMapping("/plans/ingest")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	String upload(Model model) {
		model.addAttribute("feedback", reviews.feedback());
		return "plans/ingest";
	}

	@GetMapping("/plans/drafts/{id:\\d+}")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	String draft(@PathVariable long id, Model model) {
		IngestService.Draft draft = ingest.draft(id);
		model.addAttribute("draft", draft);
		List<OrgUnit> choices = new ArrayList<>(units.departments());
		choices.addAll(units.streets());
		model.addAttribute("units", choices);
		model.addAttribute("kinds", ItemKind.values());
		Map<String, String> decisions = new LinkedHashMap<>();
		for (ReviewDecision d : ReviewDecision.values()) {
			decisions.put(d.name(), d.label());
		}
		// What the page's script reads, as JSON in a data attribute: no inline script under the Content-Security-Policy.
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("text", draft.text());
		page.put("sourceName", draft.sourceName());
		page.put("decisionLabels", decisions);
		page.put("draft", draft.draft());
		model.addAttribute("pageJson", json.writeValueAsString(page));
		DocumentForm form = draft.draft().form();
		model.addAttribute("formRate", form == null ? null : reviews.feedback().stream()
			.filter(f -> f.form() == form && f.acceptanceRate() != null).findFirst()
			.map(f -> Math.round(f.acceptanceRate() * 100) + "%（" + f.reviewed() + " 项）").orElse(null));
		return "plans/review";
	}
}
