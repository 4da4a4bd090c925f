package org.zhili.cases.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;

/** The inbox of the viewer's unit: new work, whistles, reminders (催办), escalations, 督办. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("hasAuthority('CASE_VIEW')")
@Tag(name = "消息", description = "本单位的派单、吹哨、催办、超期和督办提醒")
class NotificationController {

	record Read(int marked) {
	}

	private final Notifications notifications;
	private final CasesProperties properties;
	private final Clock clock;

	NotificationController(Notifications notifications, CasesProperties properties, Clock clock) {
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "本单位的消息，新的在前")
	List<Notifications.Notification> list(Actor actor, @RequestParam(defaultValue = "false") boolean unread) {
		return notifications.forUnits(unitsOf(actor), unread, 200);
	}

	@PostMapping("/read")
	@Operation(summary = "全部标为已读")
	Read markRead(Actor actor) {
		return new Read(notifications.markRead(unitsOf(actor), clock.instant()));
	}

	/** The viewer's own unit, plus the command centre for dispatchers and the supervision office for supervisors. */
	Set<String> unitsOf(Actor actor) {
		Set<String> units = new LinkedHashSet<>();
		units.add(actor.scope().unitCode());
		if (actor.has(Permission.CASE_DISPATCH)) {
			units.add(properties.commandCentre());
		}
		if (actor.has(Permission.CASE_SUPERVISE)) {
			units.add(properties.supervisionOffice());
		}
		return units;
	}
}
