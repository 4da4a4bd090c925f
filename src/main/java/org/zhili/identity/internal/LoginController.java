package org.zhili.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Model model, Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		Object error = session.getAttribute(FormSignIn.ERROR_ATTRIBUTE);
		if (error != null) {
			model.addAttribute("error", error);
			model.addAttribute("username", session.getAttribute(FormSignIn.ERROR_ATTRIBUTE + ".username"));
			session.removeAttribute(FormSignIn.ERROR_ATTRIBUTE);
			session.removeAttribute(FormSignIn.ERROR_ATTRIBUTE + ".username");
		}
		return "identity/login";
	}
}
