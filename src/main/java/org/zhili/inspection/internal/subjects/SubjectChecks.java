package org.zhili.inspection.internal.subjects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.cases.CreditCode;
import org.zhili.inspection.Subjects.NewSubject;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.platform.ApiProblem.FieldError;

/**
 * What a subject must be to enter the library, whether registered alone or imported: a valid 统一社会信用代码, a name,
 * kind, industry and scale, and — when it has a point — a point inside the district, located to its street,
 * community and grid. One place for the rules, so a form and a workbook row are refused for the same reasons.
 */
@Component
class SubjectChecks {

	static final int MAX_TAGS = 10;

	/**
	 * A subject as it will be stored (code normalised, texts stripped; no class: B for a new subject, unchanged for
	 * one already in the library), where its point lies, and every problem found, each naming the field of
	 * {@link NewSubject}.
	 */
	record Checked(NewSubject subject, Location location, List<FieldError> problems) {

		boolean valid() {
			return problems.isEmpty();
		}
	}

	private final Locator locator;
	private final District district;

	SubjectChecks(Locator locator, District district) {
		this.locator = locator;
		this.district = district;
	}

	/** Checks a subject; {@code reported} are fields already found wrong (e.g. a type that did not parse), not checked again. */
	Checked check(NewSubject s, Set<String> reported) {
		List<FieldError> problems = new ArrayList<>();
		String code = s.creditCode() == null ? null : CreditCode.normalise(s.creditCode());
		if (!reported.contains("creditCode")) {
			CreditCode.problem(s.creditCode()).ifPresent(m -> problems.add(new FieldError("creditCode", m)));
		}
		String name = text(s.name());
		if (name == null) {
			problems.add(new FieldError("name", "请填写名称"));
		}
		else if (name.length() > 200) {
			problems.add(new FieldError("name", "名称不能超过 200 字"));
		}
		if (s.kind() == null && !reported.contains("kind")) {
			problems.add(new FieldError("kind", "请填写类型（企业、个体工商户或其他组织）"));
		}
		String address = text(s.address());
		if (address != null && address.length() > 300) {
			problems.add(new FieldError("address", "地址不能超过 300 字"));
		}
		String industry = text(s.industry());
		if (industry == null) {
			problems.add(new FieldError("industry", "请填写行业"));
		}
		else if (industry.length() > 60) {
			problems.add(new FieldError("industry", "行业不能超过 60 字"));
		}
		if (s.scale() == null && !reported.contains("scale")) {
			problems.add(new FieldError("scale", "请填写规模（大型、中型、小型或微型）"));
		}
		List<String> tags = tags(s.tags(), problems);
		Location location = reported.contains("lng") || reported.contains("lat") ? null : locate(s, problems);
		NewSubject normalised = new NewSubject(code, name, s.kind(), address, s.lng(), s.lat(), industry, s.scale(), tags,
				s.creditClass());
		return new Checked(normalised, location, List.copyOf(problems));
	}

	Checked check(NewSubject s) {
		return check(s, Set.of());
	}

	private Location locate(NewSubject s, List<FieldError> problems) {
		Double lng = s.lng();
		Double lat = s.lat();
		if (lng == null && lat == null) {
			return null;
		}
		if (lng == null || lat == null) {
			problems.add(new FieldError(lng == null ? "lng" : "lat", "经度和纬度须同时填写"));
			return null;
		}
		if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
			problems.add(new FieldError("lng", "经度须在 -180 到 180 之间"));
			return null;
		}
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			problems.add(new FieldError("lat", "纬度须在 -90 到 90 之间"));
			return null;
		}
		Optional<Location> location = locator.locate(lng, lat);
		if (location.isEmpty()) {
			problems.add(new FieldError("lng", "该位置（" + lng + ", " + lat + "）不在" + district.name() + "范围内，请核对经纬度（WGS84）"));
			return null;
		}
		return location.get();
	}

	private static List<String> tags(List<String> given, List<FieldError> problems) {
		if (given == null) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		for (String tag : given) {
			String t = text(tag);
			if (t == null) {
				continue;
			}
			if (t.length() > 40) {
				problems.add(new FieldError("tags", "标签“" + t + "”超过 40 字"));
			}
			tags.add(t);
		}
		if (tags.size() > MAX_TAGS) {
			problems.add(new FieldError("tags", "标签最多 " + MAX_TAGS + " 个"));
		}
		return List.copyOf(tags);
	}

	private static String text(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}
}
