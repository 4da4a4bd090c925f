package org.zhili.process.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.process.Inbox;

/** 消息: one page for every loop's messages to the reader's units; the bell in the menu bar counts the unread. */
@Controller
@PreAuthorize("isAuthenticated()")
class InboxPage {

	private final Inbox inbox;
	private final Clock clock;

	InboxPage(Inbox inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String page(Actor actor, @RequestParam(defaultValue = "false") boolean unread, Model model) {
		model.addAttribute("entries", inbox.read(actor, List.of(), unread, 200));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("unread", inbox.unread(actor));
		return "process/inbox";
	}

	@PostMapping("/inbox/read")
	String markRead(Actor actor) {
		inbox.markAllRead(actor, clock.instant());
		return "redirect:/inbox";
	}
}
