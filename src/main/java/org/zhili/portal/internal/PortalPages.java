package org.zhili.portal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseType;
import org.zhili.cases.PublicRequests;
import org.zhili.inspection.CreditStatus;
import org.zhili.platform.ApiProblem;

/** 我要反映 and 企业诉求: the request forms and the receipt with tracking number and query code. */
@Controller
@RequestMapping("/public")
class PortalPages {

	private final Submissions submissions;
	private final HumanCheck humanCheck;
	private final CaseDirectory cases;
	private final PortalProperties properties;
	private final CreditStatus credit;

	PortalPages(Submissions submissions, HumanCheck humanCheck, CaseDirectory cases,
			PortalProperties properties, CreditStatus credit) {
		this.submissions = submissions;
		this.humanCheck = humanCheck;
		this.cases = cases;
		this.properties = properties;
		this.credit = credit;
	}

	@GetMapping({ "", "/" })
	String home() {
		return "portal/home";
	}

	@GetMapping("/submit")
	String submitForm(HttpServletRequest request, HttpSession session, Model model) {
		return form(RequestForm.empty(UUID.randomUUID().toString()), false, request, session, model);
	}

	@GetMapping("/enterprise")
	String enterpriseForm(HttpServletRequest request, HttpSession session, Model model) {
		return form(RequestForm.empty(UUID.randomUUID().toString()), true, request, session, model);
	}

	@PostMapping("/submit")
	String submit(@ModelAttribute RequestForm form, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		return post(form, photos, false, request, response, session, model);
	}

	@PostMapping("/enterprise")
	String submitEnterprise(@ModelAttribute RequestForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		return post(form, photos, true, request, response, session, model);
	}

	private String post(RequestForm form, List<MultipartFile> files, boolean enterprise, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		try {
			Submissions.Outcome outcome = submissions.submit(form, photos(files), enterprise, request.getRemoteAddr(),
					session);
			model.addAttribute("receipt", outcome.receipt());
			model.addAttribute("replayed", outcome.replayed());
			model.addAttribute("enterprise", enterprise);
			if (enterprise && form.creditCode() != null) {
				// An enterprise sees where it stands in the district's credit supervision (联合奖惩).
				credit.of(form.creditCode().strip().toUpperCase(java.util.Locale.ROOT))
					.ifPresent(status -> model.addAttribute("credit", status));
			}
			return "portal/receipt";
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("problem", problem);
			model.addAttribute("errors", problem.errors()
				.stream()
				.collect(Collectors.toMap(ApiProblem.FieldError::field, ApiProblem.FieldError::message,
						(a, b) -> a + "；" + b)));
			return form(form, enterprise, request, session, model);
		}
	}

	private String form(RequestForm form, boolean enterprise, HttpServletRequest request, HttpSession session,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("action", enterprise ? "/public/enterprise" : "/public/submit");
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("types", CaseType.values());
		model.addAttribute("categories",
				cases.categories().stream().filter(c -> c.active() && c.level() > 1).toList());
		model.addAttribute("maxPhotoMb", properties.maxPhotoBytes() / 1024 / 1024);
		if (submissions.needsHumanCheck(request.getRemoteAddr())) {
			model.addAttribute("challenge", humanCheck.ask(session));
		}
		return "portal/submit";
	}

	private List<PublicRequests.Photo> photos(List<MultipartFile> files) {
		List<PublicRequests.Photo> photos = new ArrayList<>();
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			if (f.isEmpty()) {
				continue;
			}
			if (f.getSize() > properties.maxPhotoBytes()) {
				throw ApiProblem.badInput("photos", "photo_too_large",
						"每张照片不能超过 " + properties.maxPhotoBytes() / 1024 / 1024 + " MB");
			}
			try {
				photos.add(new PublicRequests.Photo(f.getOriginalFilename(), f.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return photos;
	}
}
