package org.zhili.inspection.internal.draws;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.inspection.internal.draw.DrawRecords;
import org.zhili.inspection.internal.draw.DrawVerifier;
import org.zhili.inspection.internal.draw.Verification;
import org.zhili.platform.ApiProblem;

/**
 * Draws for everyone, without signing in: the commitments from the moment they are made, and after each draw
 * the whole record and a re-run of the published algorithm that says whether it matches.
 */
@RestController
@RequestMapping("/api/v1/public/inspection/draws")
@Tag(name = "双随机抽取公开验证", description = "公开的抽取记录；任何人可下载记录自行复核，或由本接口按公布的算法重新运行并比对")
class PublicDrawController {

	/** What a verification answers: whether the record matches, and what differs. */
	record VerifyAnswer(long drawId, String algorithm, boolean matches, List<String> differences) {
	}

	private final DrawStore store;
	private final DrawViews views;
	private final DrawVerifier verifier = new DrawVerifier();

	PublicDrawController(DrawStore store, DrawViews views) {
		this.store = store;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "公开的抽取记录，最新的在前")
	List<DrawView> list(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 500) {
			throw ApiProblem.badInput("limit", "invalid_limit", "limit 须在1至500之间");
		}
		return store.all(limit).stream().map(views::summary).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "一次抽取的公开记录：承诺、种子（抽取后）、抽中对象及其权重、派定的执法人员")
	DrawView get(@PathVariable long id) {
		return views.full(row(id));
	}

	@GetMapping(value = "/{id}/record", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "下载完整抽取记录（规范 JSON：种子、承诺、输入、输入哈希、结果），供 docs/inspection/verify_draw.py 独立复核")
	ResponseEntity<String> record(@PathVariable long id) {
		DrawRow row = row(id);
		if (row.state() == DrawRow.State.COMMITTED) {
			throw ApiProblem.conflict("not_drawn_yet", "尚未抽取：种子在抽取时公开，此前只公布承诺");
		}
		return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=draw-" + id + ".json")
			.body(DrawRecords.recordJson(row.seed(), row.commitment(), row.inputsHash(),
					DrawRecords.inputsFromJson(row.inputs()), DrawRecords.outcomeFromJson(row.outcome())));
	}

	@GetMapping("/{id}/verify")
	@Operation(summary = "按公布的算法重新运行本次抽取并与公布结果比对：matches 为 true 表示一致，否则列出差异")
	VerifyAnswer verify(@PathVariable long id) {
		DrawRow row = row(id);
		if (row.state() == DrawRow.State.COMMITTED) {
			throw ApiProblem.conflict("not_drawn_yet", "尚未抽取：种子在抽取时公开，此前无法复核");
		}
		Verification v = verifier.verify(row.seed(), row.commitment(), DrawRecords.inputsFromJson(row.inputs()),
				row.inputsHash(), DrawRecords.outcomeFromJson(row.outcome()));
		return new VerifyAnswer(id, row.algorithm(), v.matches(), v.differences());
	}

	private DrawRow row(long id) {
		return store.find(id).orElseThrow(() -> ApiProblem.notFound("draw_not_found", "没有这次抽取"));
	}
}
