package org.zhili.insight.internal.topics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CategoryTrends;
import org.zhili.cases.CategoryTrends.HotCategory;
import org.zhili.cases.CategoryTrends.Month;
import org.zhili.identity.Actor;
import org.zhili.insight.Topics;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Inbox;

/** Choosing a 每月一题 topic, closing it, and measuring what it did. */
@Service
@Transactional
public class TopicService implements Topics {

	static final String LOOP = "topic";

	/** A topic as the pages and the API show it: names beside the codes, and its measured effect. */
	public record TopicView(Topic topic, String stateLabel, List<Named> categories, List<Named> leadUnits,
			TopicEffect effect) {
	}

	public record Named(String code, String name) {
	}

	/** What a leader sends to choose a topic. */
	record TopicRequest(String title, String problem, List<String> categories, List<String> leadUnits, String actions,
			String start, Integer baselineMonths, Boolean published) {
	}

	private final TopicStore store;
	private final CategoryTrends trends;
	private final OrgUnits units;
	private final Inbox inbox;
	private final Clock clock;

	TopicService(TopicStore store, CategoryTrends trends, OrgUnits units, Inbox inbox, Clock clock) {
		this.store = store;
		this.trends = trends;
		this.units = units;
		this.inbox = inbox;
		this.clock = clock;
	}

	/** Records the topic and tells each lead unit in its inbox; the request is checked whole before anything is written. */
	public TopicView choose(TopicRequest r, Actor actor) {
		return view(save(validate(r), actor.username(), clock.instant()));
	}

	@Override
	public long chosen(Chosen t, String by, Instant at) {
		return save(validate(new TopicRequest(t.title(), t.problem(), t.categoryCodes(), t.leadUnits(), t.actions(),
				t.start().toString(), t.baselineMonths(), true)), by, at);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean none() {
		return !store.any();
	}

	private long save(NewTopic t, String by, Instant at) {
		long id = store.insert(t, by, at);
		inbox.post(t.leadUnits().stream()
			.map(unit -> new Inbox.Message(LOOP, id, t.title(), "/topics/" + id, unit, "TOPIC", "每月一题",
					"每月一题“" + t.title() + "”自 " + t.start() + " 起由本单位牵头治理：" + t.actions(), at,
					"topic-" + id + "-" + unit))
			.toList());
		return id;
	}

	/** Ends the treatment as of the last complete month: the effect is measured up to it from then on. */
	public TopicView close(long id) {
		find(id);
		if (!store.close(id, thisMonth().minusMonths(1))) {
			throw ApiProblem.conflict("topic_closed", "该选题已结题");
		}
		return view(id);
	}

	/** Every topic (or only the public ones), newest first, each with its effect. */
	@Transactional(readOnly = true)
	public List<TopicView> views(boolean publicOnly) {
		return store.all(publicOnly).stream().map(this::view).toList();
	}

	/** A topic with its effect; 404 for one that does not exist. */
	@Transactional(readOnly = true)
	public TopicView view(long id) {
		return view(find(id));
	}

	private TopicView view(Topic t) {
		YearMonth from = t.start().minusMonths(t.baselineMonths());
		// the current month is not over, and its cases are mostly not rated yet: it would pull every rate down
		YearMonth lastComplete = thisMonth().minusMonths(1);
		YearMonth until = t.closed() != null && t.closed().isBefore(lastComplete) ? t.closed() : lastComplete;
		List<Month> topic = trends.monthly(t.categoryCodes(), from, until);
		List<Month> others = trends.monthlyExcept(comparable(t.categoryCodes()), t.categoryCodes(), from, until);
		return new TopicView(t, t.state().label(),
				t.categoryCodes().stream().map(c -> new Named(c, trends.pathOf(c))).toList(),
				t.leadUnits().stream().map(u -> new Named(u, units.find(u).map(OrgUnit::name).orElse(u))).toList(),
				TopicEffect.of(t.start(), t.baselineMonths(), topic, others));
	}

	/** The hot categories of the last {@code months} complete months, with their figures: what a topic is chosen from. */
	@Transactional(readOnly = true)
	public List<HotCategory> candidates(int months, int limit) {
		YearMonth last = thisMonth().minusMonths(1);
		return trends.hottest(last.minusMonths(months - 1L).atDay(1), last.atEndOfMonth(), limit);
	}

	/**
	 * The comparison group: the rest of the topic's top categories (市容环境's neighbours in 城乡建设…), or the rest of
	 * the district when the topic takes a whole top category.
	 */
	static Set<String> comparable(List<String> codes) {
		Set<String> within = new LinkedHashSet<>();
		for (String c : codes) {
			if (c.length() <= 3) {
				return Set.of("C");
			}
			within.add(c.substring(0, 3));
		}
		return within;
	}

	private Topic find(long id) {
		return store.find(id).orElseThrow(() -> ApiProblem.notFound("topic_not_found", "选题不存在"));
	}

	private NewTopic validate(TopicRequest r) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		String title = text(r.title(), "title", "标题", 100, errors);
		String problem = text(r.problem(), "problem", "问题及选题依据", 2000, errors);
		String actions = text(r.actions(), "actions", "治理措施", 4000, errors);
		List<String> categories = r.categories() == null ? List.of() : r.categories().stream().distinct().toList();
		if (categories.isEmpty() || categories.size() > 10) {
			errors.add(new ApiProblem.FieldError("categories", "须选择 1 至 10 个诉求类别"));
		}
		categories.stream().filter(c -> trends.pathOf(c) == null)
			.forEach(c -> errors.add(new ApiProblem.FieldError("categories", "没有诉求类别“" + c + "”")));
		List<String> leads = r.leadUnits() == null ? List.of() : r.leadUnits().stream().distinct().toList();
		if (leads.isEmpty() || leads.size() > 10) {
			errors.add(new ApiProblem.FieldError("leadUnits", "须指定 1 至 10 个牵头单位"));
		}
		leads.stream().filter(u -> units.find(u).isEmpty())
			.forEach(u -> errors.add(new ApiProblem.FieldError("leadUnits", "没有单位“" + u + "”")));
		YearMonth start = null;
		try {
			start = r.start() == null || r.start().isBlank() ? thisMonth() : YearMonth.parse(r.start().strip());
			if (start.isBefore(thisMonth().minusMonths(12)) || start.isAfter(thisMonth().plusMonths(3))) {
				errors.add(new ApiProblem.FieldError("start", "起始月份须在近 12 个月至未来 3 个月之间"));
			}
		}
		catch (DateTimeParseException e) {
			errors.add(new ApiProblem.FieldError("start", "起始月份的格式为 2026-06"));
		}
		int baseline = r.baselineMonths() == null ? 6 : r.baselineMonths();
		if (baseline < 3 || baseline > 24) {
			errors.add(new ApiProblem.FieldError("baselineMonths", "对照期须为 3 至 24 个月"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_topic",
					"选题信息有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		return new NewTopic(title, problem, categories, leads, actions, start, baseline,
				r.published() == null || r.published());
	}

	private static String text(String value, String field, String label, int max, List<ApiProblem.FieldError> errors) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty() || v.length() > max) {
			errors.add(new ApiProblem.FieldError(field, label + "不能为空，且不超过 " + max + " 字"));
		}
		return v;
	}

	private YearMonth thisMonth() {
		return YearMonth.from(LocalDate.now(clock));
	}
}
