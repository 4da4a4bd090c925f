package org.zhili.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.cases.PublicCase;
import org.zhili.cases.Satisfaction;
import org.zhili.platform.ApiProblem;

/**
 * 查询评价: the requester opens their case with the tracking number and query code (posted, never in the
 * address bar), sees the public timeline, and rates the reply when it is awaiting a rating.
 */
@Controller
@RequestMapping("/public")
class TrackPages {

	private final Lookups lookups;

	TrackPages(Lookups lookups) {
		this.lookups = lookups;
	}

	@GetMapping("/track")
	String trackForm(@RequestParam(required = false) String trackingNumber, Model model) {
		model.addAttribute("trackingNumber", trackingNumber);
		return "portal/track";
	}

	@PostMapping("/track")
	String track(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String secret,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("trackingNumber", trackingNumber.strip());
		try {
			PublicCase kase = lookups.track(trackingNumber, secret, request.getRemoteAddr()).orElse(null);
			if (kase == null) {
				response.setStatus(404);
				model.addAttribute("error", "未找到该诉求：请核对查询号和查询码（或手机号后四位）");
				return "portal/track";
			}
			return show(kase, secret, null, model);
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("error", problem.getMessage());
			return "portal/track";
		}
	}

	@PostMapping("/rate")
	String rate(@RequestParam String trackingNumber, @RequestParam String secret,
			@RequestParam(required = false) Boolean solved, @RequestParam(required = false) Satisfaction satisfaction,
			@RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("trackingNumber", trackingNumber);
		try {
			PublicCase kase = lookups.rate(trackingNumber, secret, solved, satisfaction, comment, request.getRemoteAddr());
			return show(kase, secret, kase.open() && !"RATED".equals(kase.state()) ? "感谢评价。您对答复不满意，诉求已再次交办，请留意后续答复。"
					: "感谢您的评价！", model);
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("error", problem.getMessage());
			return lookups.track(trackingNumber, secret, request.getRemoteAddr())
				.map(k -> show(k, secret, null, model))
				.orElse("portal/track");
		}
	}

	private static String show(PublicCase kase, String secret, String notice, Model model) {
		model.addAttribute("kase", kase);
		model.addAttribute("secret", secret);
		model.addAttribute("notice", notice);
		model.addAttribute("satisfactions", new Satisfaction[] { Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED,
				Satisfaction.UNSATISFIED });
		return "portal/case";
	}
}
