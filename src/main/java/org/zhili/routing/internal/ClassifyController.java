package org.zhili.routing.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.org.Gcj02;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.platform.ApiProblem;

/** Suggests the category and lead unit of texts: the intake form asks while the operator types. */
@RestController
@RequestMapping("/api/v1/routing")
@Tag(name = "智能分拨", description = "诉求文本分类、承办单位建议、重复诉求、热点预警")
class ClassifyController {

	@Schema(description = "要分类的文本；可选的位置用于属地分类的承办街道")
	record ClassifyRequest(
			@Schema(description = "文本（标题、换行、正文，或只有正文），每次最多 1000 条，每条读取前 3000 字（zhili.routing.classify.max-chars）") List<String> texts,
			@Schema(description = "诉求所在街道代码（可选）") String streetCode,
			@Schema(description = "诉求位置（可选）：lng、lat，crs 为 wgs84（默认）或 gcj02") Point location) {
	}

	record Point(Double lng, Double lat, String crs) {
	}

	private final Classifier classifier;
	private final Locator locator;
	private final RoutingProperties properties;
	private final Models models;

	ClassifyController(Classifier classifier, Locator locator, RoutingProperties properties, Models models) {
		this.classifier = classifier;
		this.locator = locator;
		this.properties = properties;
		this.models = models;
	}

	@PostMapping("/classify")
	@PreAuthorize("hasAnyAuthority('CASE_INTAKE', 'CASE_VIEW')")
	@Operation(summary = "文本分类：按顺序返回每条文本的一级分类、置信度、前三候选、建议承办单位和关键词",
			description = "超过长度上限的文本截断后分类（truncated 为 true，warnings 含 TRUNCATED）；几乎没有中文的文本置信度为均匀猜测"
					+ "（NOT_CHINESE）；空文本、超过 1000 条答 400。响应头 X-Routing-Model 为模型版本。")
	ResponseEntity<List<Classifier.Answer>> classify(@RequestBody(required = false) ClassifyRequest request) {
		if (request == null || request.texts() == null) {
			throw ApiProblem.badInput("texts", "texts_required", "请提供 texts：要分类的文本数组");
		}
		List<String> texts = request.texts();
		int max = properties.classify().maxTexts();
		if (texts.isEmpty()) {
			throw ApiProblem.badInput("texts", "texts_empty", "texts 不能为空数组");
		}
		if (texts.size() > max) {
			throw ApiProblem.badInput("texts", "too_many_texts", "每次最多分类 " + max + " 条文本，收到 " + texts.size() + " 条");
		}
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i) == null || texts.get(i).isBlank()) {
				errors.add(new ApiProblem.FieldError("texts[" + i + "]", "第 " + (i + 1) + " 条文本为空"));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("empty_text", errors.size() == 1 ? errors.get(0).message()
					: "有 " + errors.size() + " 条文本为空：" + String.join("、", errors.stream().map(ApiProblem.FieldError::field).toList()),
					errors);
		}
		String street = streetOf(request);
		List<Classifier.Answer> answers = new ArrayList<>(texts.size());
		for (String text : texts) {
			answers.add(classifier.classify(text, street));
		}
		return ResponseEntity.ok().header("X-Routing-Model", models.current().info().version()).body(answers);
	}

	private String streetOf(ClassifyRequest request) {
		if (request.streetCode() != null && !request.streetCode().isBlank()) {
			return request.streetCode().strip();
		}
		Point p = request.location();
		if (p == null || p.lng() == null || p.lat() == null || !Double.isFinite(p.lng()) || !Double.isFinite(p.lat())) {
			return null;
		}
		double lng = p.lng(), lat = p.lat();
		if ("gcj02".equalsIgnoreCase(p.crs())) {
			Gcj02.LngLat wgs = Gcj02.toWgs84(lng, lat);
			lng = wgs.lng();
			lat = wgs.lat();
		}
		return locator.locate(lng, lat).map(Location::street).map(Location.Place::code).orElse(null);
	}
}
