package org.zhili.exchange.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 数据共享交换: the outbox on one page for the security administrator, who also keeps the integrations' keys. */
@Controller
@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
class ExchangePages {

	private final ExchangeStatus status;

	ExchangePages(ExchangeStatus status) {
		this.status = status;
	}

	@GetMapping("/admin/exchange")
	String outbox(Model model) {
		model.addAttribute("status", status.now());
		return "exchange/outbox";
	}
}
