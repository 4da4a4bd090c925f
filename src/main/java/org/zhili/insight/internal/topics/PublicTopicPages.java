package org.zhili.insight.internal.topics;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhili.insight.internal.topics.TopicEffect.Measure;
import org.zhili.process.Exports;

/** 每月一题 outcomes in the portal, as a page, as CSV and as JSON: the public topics only. */
@Controller
class PublicTopicPages {

	private static final int MAX_ROWS = 1_000;

	static final List<Exports.Column<PublicTopic>> COLUMNS = List.of(
			Exports.Column.of("选题", 24, PublicTopic::title),
			Exports.Column.of("诉求类别", 30, PublicTopic::categories),
			Exports.Column.of("牵头单位", 24, PublicTopic::leadUnits),
			Exports.Column.of("起始月份", 10, PublicTopic::start),
			Exports.Column.of("状态", 8, PublicTopic::state),
			Exports.Column.of("月均诉求量变化（%）", 12, t -> t.figure("月均诉求量", Measure::topicChange)),
			Exports.Column.of("可比类别变化（%）", 12, t -> t.figure("月均诉求量", Measure::othersChange)),
			Exports.Column.of("解决率选题前（%）", 12, t -> t.figure("解决率", Measure::topicBefore)),
			Exports.Column.of("解决率选题后（%）", 12, t -> t.figure("解决率", Measure::topicAfter)),
			Exports.Column.of("解决率净效果（百分点）", 12, t -> t.figure("解决率", Measure::net)),
			Exports.Column.of("满意率净效果（百分点）", 12, t -> t.figure("满意率", Measure::net)),
			Exports.Column.of("成效", 60, PublicTopic::summary));

	private final TopicService topics;
	private final Exports exports;

	PublicTopicPages(TopicService topics, Exports exports) {
		this.topics = topics;
		this.exports = exports;
	}

	List<PublicTopic> published() {
		return topics.views(true).stream().map(PublicTopic::of).toList();
	}

	@GetMapping("/public/topics")
	String page(Model model) {
		model.addAttribute("topics", published());
		return "insight/public-topics";
	}

	@GetMapping("/public/topics.csv")
	void csv(HttpServletResponse response) throws IOException {
		exports.csv(Exports.Spec.of("public-topics", "每月一题治理成效", "每月一题", COLUMNS, MAX_ROWS),
				Exports.Rows.of(published()), response);
	}

	@GetMapping("/api/v1/public/topics")
	@ResponseBody
	List<PublicTopic> json() {
		return published();
	}
}
