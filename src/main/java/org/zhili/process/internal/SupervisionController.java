package org.zhili.process.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;

/** Every loop's 督办: the supervision office sees all, a unit its own and answers them. */
@RestController
@RequestMapping("/api/v1/supervisions")
@PreAuthorize("isAuthenticated()")
@Tag(name = "督办", description = "各业务的督办单：级别、督办意见、回复时限、被督办单位的回复、逾期自动升级")
class SupervisionController {

	record Answer(String reply) {
	}

	private static final int MAX_LIMIT = 500;

	private final Supervisions supervisions;

	SupervisionController(Supervisions supervisions) {
		this.supervisions = supervisions;
	}

	@GetMapping
	@Operation(summary = "督办单，新的在前；可按业务、状态、级别、被督办单位筛选")
	List<Supervisions.Supervision> list(Actor actor, @RequestParam(required = false) String loop,
			@RequestParam(required = false) String state, @RequestParam(required = false) String level,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "200") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiProblem.badInput("limit", "invalid_limit", "limit 须在 1–" + MAX_LIMIT + " 之间");
		}
		return supervisions.list(actor, new Supervisions.Query(blankToNull(loop), state(state), level(level),
				blankToNull(unit), limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "一件督办")
	Supervisions.Supervision get(@PathVariable long id, Actor actor) {
		return supervisions.get(id, actor);
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "被督办单位回复督办")
	Supervisions.Supervision answer(@PathVariable long id, @RequestBody Answer answer, Actor actor) {
		return supervisions.answer(id, actor, answer.reply());
	}

	static Supervisions.State state(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return Supervisions.State.valueOf(state);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("state", "invalid_state", "state 须为 OPEN（待回复）、ANSWERED（已回复）、ESCALATED（逾期升级）或 CLOSED（已结束）");
		}
	}

	static SupervisionLevel level(String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return SupervisionLevel.of(level);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("level", "invalid_level", "level 须为 REMINDER、URGE、YELLOW、RED 或 INTERVIEW");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
