package org.zhili.opinion.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The replies (回应口径) published back, for everyone without signing in. */
@RestController
@Tag(name = "舆情回应公开", description = "已发布的舆情回应口径：标题、来源、涉及区域、处理结果、回应内容；不含个人信息和原帖链接")
class PublicSignalController {

	private final SignalReader reader;

	PublicSignalController(SignalReader reader) {
		this.reader = reader;
	}

	@GetMapping("/api/v1/public/opinion/replies")
	@Operation(summary = "已发布的回应口径，最新发布的在前")
	List<SignalViews.PublicReply> replies(@RequestParam(defaultValue = "100") int limit) {
		return reader.publicReplies(Math.max(1, Math.min(limit, 500)));
	}
}
