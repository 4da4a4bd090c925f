package org.zhili.inspection.internal.draws;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;

/** A department's draws over HTTP: commit, draw, redraw with a reason. */
@RestController
@RequestMapping("/api/v1/inspection")
@Tag(name = "双随机抽取", description = "承诺（公布种子哈希与输入哈希）→ 抽取（公开种子、算法与结果）→ 有理由的重新抽取")
class DrawController {

	record RedrawRequest(String reason) {
	}

	private final DrawService draws;
	private final DrawViews views;

	DrawController(DrawService draws, DrawViews views) {
		this.draws = draws;
		this.views = views;
	}

	@PostMapping("/tasks/{taskId}/draws")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "承诺：冻结本任务的抽取输入（对象、执法人员、回避、投诉加权），生成秘密种子并公布其哈希")
	DrawView commit(@PathVariable long taskId, Actor actor) {
		return views.summary(draws.commit(taskId, actor));
	}

	@PostMapping("/draws/{id}/draw")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "抽取：公开种子，按公布的算法抽取对象并派定执法人员，生成检查任务")
	DrawView draw(@PathVariable long id, Actor actor) {
		return views.full(draws.draw(id, actor));
	}

	@PostMapping("/draws/{id}/redraw")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "重新抽取：须记录理由（公开）；原抽取记录作废但保留公开，随后重新承诺")
	DrawView redraw(@PathVariable long id, @RequestBody RedrawRequest request, Actor actor) {
		return views.summary(draws.redraw(id, request.reason(), actor));
	}

	@GetMapping("/draws/{id}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "一次抽取：承诺、种子（抽取后）、各类对象数与抽中数、抽中对象及其权重与执法人员")
	DrawView get(@PathVariable long id, Actor actor) {
		return views.full(draws.get(id, actor));
	}

	@GetMapping("/tasks/{taskId}/draws")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "任务的全部抽取记录（含作废的）")
	List<DrawView> ofTask(@PathVariable long taskId, Actor actor) {
		return draws.ofTask(taskId, actor).stream().map(views::summary).toList();
	}
}
