package org.zhili.plans.internal.ingestion;

import java.util.ArrayList;
import java.util.List;

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
	private final OrgUnits units;
	private final JsonMapper json;

	IngestPages(IngestService ingest, OrgUnits units, JsonMapper json) {
		this.ingest = ingest;
		this.units = units;
		this.json = json;
	}

	@GetMapping("/plans/ingest")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	String upload() {
		return "plans/ingest";
	}

	@GetMapping("/plans/drafts/{id:\\d+}")
	@PreAuthorize("hasAuthority('PLAN_MANAGE')")
	String draft(@PathVariable long id, Model model) {
		IngestService.Draft draft = ingest.draft(id);
		model.addAttribute("draft", draft);
		// Thymeleaf's own serializer does not know records: the page gets the draft as JSON text.
		model.addAttribute("draftJson", json.writeValueAsString(draft.draft()));
		List<OrgUnit> choices = new ArrayList<>(units.departments());
		choices.addAll(units.streets());
		model.addAttribute("units", choices);
		return "plans/review";
	}
}
