package org.zhili.opinion.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zhili.cases.CaseDirectory;
import org.zhili.identity.Actor;
import org.zhili.org.AddressKey;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.opinion.SignalSentiment;
import org.zhili.opinion.Signals;
import org.zhili.platform.ApiProblem;

/**
 * A signal as it comes in: checked field by field (400 naming each field at fault), its reach level and a suggested
 * sentiment worked out, its area and category resolved, its building key computed.
 */
@Service
class SignalRegistry {

	static final int MAX_TITLE = 200;
	static final int MAX_TEXT = 5000;

	private final OpinionProperties properties;
	private final OrgUnits units;
	private final CaseDirectory directory;
	private final SentimentLexicon lexicon;
	private final Clock clock;

	SignalRegistry(OpinionProperties properties, OrgUnits units, CaseDirectory directory, SentimentLexicon lexicon,
			Clock clock) {
		this.properties = properties;
		this.units = units;
		this.directory = directory;
		this.lexicon = lexicon;
		this.clock = clock;
	}

	/** The row to insert for a signal registered at {@code at}, or 400 naming every field at fault. */
	SignalStore.Insert check(Signals.NewSignal s, String by, Instant at) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		if (s.source() == null || !properties.sources().containsKey(s.source())) {
			errors.add(new ApiProblem.FieldError("source", "请选择来源：" + String.join("、", properties.sources().values())));
		}
		String title = strip(s.title());
		String text = strip(s.text());
		String link = strip(s.link());
		if (title == null && text != null) {
			title = text.length() > 30 ? text.substring(0, 30) + "…" : text;
		}
		if (title == null) {
			errors.add(new ApiProblem.FieldError("title", "请填写标题"));
		}
		else if (title.length() > MAX_TITLE) {
			errors.add(new ApiProblem.FieldError("title", "标题最多 " + MAX_TITLE + " 字"));
		}
		if (link == null && text == null) {
			errors.add(new ApiProblem.FieldError("text", "请填写原文链接或内容摘录（至少一项）"));
		}
		if (link != null && (link.length() > 500 || !link.matches("(?i)https?://\\S+"))) {
			errors.add(new ApiProblem.FieldError("link", "链接须以 http:// 或 https:// 开头，最多 500 字符"));
		}
		if (text != null && text.length() > MAX_TEXT) {
			errors.add(new ApiProblem.FieldError("text", "内容最多 " + MAX_TEXT + " 字"));
		}
		Instant firstSeen = s.firstSeen() == null ? at : s.firstSeen();
		if (firstSeen.isAfter(at.plusSeconds(300))) {
			errors.add(new ApiProblem.FieldError("firstSeen", "首次发现时间不能晚于当前时间"));
		}
		if (s.reads() < 0 || s.shares() < 0 || s.comments() < 0) {
			errors.add(new ApiProblem.FieldError("reads", "阅读、转发、评论数不能为负数"));
		}
		String street = strip(s.streetCode());
		String community = strip(s.communityCode());
		if (community != null) {
			Optional<OrgUnit> c = units.find(community).filter(u -> u.level() == UnitLevel.COMMUNITY);
			if (c.isEmpty()) {
				errors.add(new ApiProblem.FieldError("communityCode", "社区 " + community + " 不存在"));
			}
			else if (street == null) {
				street = c.get().parentCode();
			}
			else if (!street.equals(c.get().parentCode())) {
				errors.add(new ApiProblem.FieldError("communityCode", c.get().name() + "不属于所选街道"));
			}
		}
		if (street != null && units.find(street).filter(u -> u.level() == UnitLevel.STREET).isEmpty()) {
			errors.add(new ApiProblem.FieldError("streetCode", "街道 " + street + " 不存在"));
		}
		String unit = strip(s.unitCode());
		if (unit != null && units.find(unit).filter(u -> u.level() == UnitLevel.DEPARTMENT).isEmpty()) {
			errors.add(new ApiProblem.FieldError("unitCode", "部门 " + unit + " 不存在"));
		}
		String category = strip(s.categoryCode());
		String top = null;
		if (category != null) {
			top = topOf(category);
			if (top == null) {
				errors.add(new ApiProblem.FieldError("categoryCode", "分类 " + category + " 不存在"));
			}
		}
		String address = strip(s.address());
		if (address != null && address.length() > 300) {
			errors.add(new ApiProblem.FieldError("address", "地址最多 300 字"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		SignalSentiment suggested = lexicon.read(title + "\n" + (text == null ? "" : text)).sentiment();
		String reach = properties.reachOf(s.reads(), s.shares(), s.comments()).code();
		return new SignalStore.Insert(s.source(), title, link, text, firstSeen, s.reads(), s.shares(), s.comments(), reach,
				s.sentiment() == null ? suggested : s.sentiment(), suggested, street, community, unit, category, top, address,
				address == null ? null : AddressKey.of(address), by, at);
	}

	/** The first-level category above (or at) a category, or {@code null} when there is none such. */
	String topOf(String code) {
		Map<String, CaseDirectory.Category> byCode = categories();
		CaseDirectory.Category c = byCode.get(code);
		while (c != null && c.parentCode() != null) {
			c = byCode.get(c.parentCode());
		}
		return c == null ? null : c.code();
	}

	String categoryName(String code) {
		CaseDirectory.Category c = code == null ? null : categories().get(code);
		return c == null ? code : c.name();
	}

	String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::name).orElse(code);
	}

	Instant now() {
		return clock.instant();
	}

	/** The category tree by code, read once for a whole list. */
	Map<String, CaseDirectory.Category> categories() {
		return directory.categories().stream().collect(Collectors.toMap(CaseDirectory.Category::code, Function.identity(), (a, b) -> a));
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
