package org.zhili.process.internal;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.process.Inbox;
import org.zhili.platform.ApiProblem;

/**
 * The reader's inbox over every loop. {@code /api/v1/notifications} is the address of the cases module's inbox
 * before there was one for all loops; it answers the same.
 */
@RestController
@RequestMapping({ "/api/v1/inbox", "/api/v1/notifications" })
@PreAuthorize("isAuthenticated()")
@Tag(name = "消息", description = "本单位各业务的派单、吹哨、催办、超期、督办和报送提醒，每个账号各自的已读状态")
class InboxController {

	record Unread(long unread) {
	}

	record Read(int marked) {
	}

	private static final int MAX_LIMIT = 500;

	private final Inbox inbox;
	private final Clock clock;

	InboxController(Inbox inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "本单位的消息，新的在前；可按业务（loop：case、plan-task、suggestion）筛选")
	List<Inbox.Entry> list(Actor actor, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(name = "loop", required = false) List<String> loops,
			@RequestParam(defaultValue = "200") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiProblem.badInput("limit", "invalid_limit", "limit 须在 1–" + MAX_LIMIT + " 之间");
		}
		return inbox.read(actor, loops == null ? List.of() : loops, unread, limit);
	}

	@GetMapping("/unread")
	@Operation(summary = "未读消息数")
	Unread unread(Actor actor) {
		return new Unread(inbox.unread(actor));
	}

	@PostMapping("/read")
	@Operation(summary = "全部标为已读（仅对本人）")
	Read markRead(Actor actor) {
		return new Read(inbox.markAllRead(actor, clock.instant()));
	}
}
