package org.zhili.inspection.internal.subjects;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/** The subject library's pages: the searchable list with class counts and the import, and one subject. */
@Controller
class SubjectPages {

	private static final int PAGE_SIZE = 50;

	private final SubjectLibrary library;
	private final OrgUnits units;

	SubjectPages(SubjectLibrary library, OrgUnits units) {
		this.library = library;
		this.units = units;
	}

	@GetMapping("/inspection/subjects")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String list(Actor actor, Model model, @RequestParam(required = false) String q,
			@RequestParam(required = false) String street, @RequestParam(required = false) String industry,
			@RequestParam(required = false) CreditClass creditClass, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) String tag, @RequestParam(defaultValue = "0") int page) {
		SubjectSearch search = new SubjectSearch(q, street, industry, creditClass, kind, tag, page, PAGE_SIZE);
		model.addAttribute("search", search);
		model.addAttribute("result", library.search(search));
		model.addAttribute("streets", units.streets());
		model.addAttribute("industries", library.industries());
		model.addAttribute("classes", CreditClass.values());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("canManage", actor.has(Permission.INSPECTION_MANAGE));
		return "inspection/libraries/subjects";
	}

	@GetMapping("/inspection/subjects/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String subject(@PathVariable long id, Model model) {
		Subjects.Subject subject = library.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("subject", subject);
		model.addAttribute("community", name(subject.communityCode()));
		model.addAttribute("grid", name(subject.gridCode()));
		model.addAttribute("history", library.creditHistory(id));
		return "inspection/libraries/subject";
	}

	private String name(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::name).orElse(code);
	}
}
