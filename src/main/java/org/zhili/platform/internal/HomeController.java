package org.zhili.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the signed-in account can work on. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "platform/home";
	}
}
