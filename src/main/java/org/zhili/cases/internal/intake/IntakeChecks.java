package org.zhili.cases.internal.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.org.Gcj02;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/**
 * What a request must be to become a case: every field checked at once (a 400 names each one that is wrong), the
 * point located in the org tree, the channel and title settled.
 */
@Component
class IntakeChecks {

	private static final int MAX_DESCRIPTION = IntakeService.MAX_DESCRIPTION;
	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{3,8}");

	private final Categories categories;
	private final Locator locator;
	private final OrgUnits units;
	private volatile String districtPath;

	IntakeChecks(Categories categories, Locator locator, OrgUnits units) {
		this.categories = categories;
		this.locator = locator;
		this.units = units;
	}

	/** Everything derived from a request that passed its checks. */
	record Checked(Channel channel, Urgency urgency, String title, String description, Double lng, Double lat,
			CaseRecord.Territory territory, CaseRecord.External external) {
	}

	/** The district's path: the root of the tree, which never moves; read once. */
	private String districtPath() {
		String path = districtPath;
		if (path == null) {
			path = units.district().path();
			districtPath = path;
		}
		return path;
	}

	Checked check(NewCase r, Actor actor) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		if (r.type() == null) {
			errors.add(new ApiProblem.FieldError("type", "请选择诉求类型：咨询、求助、投诉、举报、建议或表扬"));
		}
		String description = r.description() == null ? "" : r.description().strip();
		if (description.isEmpty()) {
			errors.add(new ApiProblem.FieldError("description", "请填写诉求内容"));
		}
		else if (description.length() > MAX_DESCRIPTION) {
			errors.add(new ApiProblem.FieldError("description", "诉求内容最多 " + MAX_DESCRIPTION + " 字"));
		}
		String title = r.title() == null || r.title().isBlank() ? titleOf(description) : r.title().strip();
		if (title.length() > 100) {
			errors.add(new ApiProblem.FieldError("title", "标题最多 100 字"));
		}
		if (r.address() != null && r.address().strip().length() > 200) {
			errors.add(new ApiProblem.FieldError("address", "地址最多 200 字"));
		}
		if (r.categoryCode() != null && categories.find(r.categoryCode()).filter(Category::active).isEmpty()) {
			errors.add(new ApiProblem.FieldError("categoryCode", "分类 " + r.categoryCode() + " 不存在或已停用"));
		}
		String phone = blankToNull(r.requesterPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			errors.add(new ApiProblem.FieldError("requesterPhone", "电话须为 11 位手机号、带区号的固定电话或短号"));
		}
		if (r.requesterName() != null && r.requesterName().strip().length() > 50) {
			errors.add(new ApiProblem.FieldError("requesterName", "姓名最多 50 字"));
		}
		if (phone == null && !r.anonymous() && channelOf(r, actor) == Channel.HOTLINE) {
			errors.add(new ApiProblem.FieldError("requesterPhone", "热线来电须记录来电号码（匿名来电请勾选匿名）"));
		}
		if (r.answer() != null && !r.answer().isBlank()) {
			if (r.type() != null && r.type() != CaseType.CONSULTATION) {
				errors.add(new ApiProblem.FieldError("answer", "只有咨询类诉求可以即时办结"));
			}
			if (r.answer().strip().length() > MAX_DESCRIPTION) {
				errors.add(new ApiProblem.FieldError("answer", "答复最多 " + MAX_DESCRIPTION + " 字"));
			}
		}
		CaseRecord.External external = external(r, errors);
		Double lng = r.lng();
		Double lat = r.lat();
		CaseRecord.Territory territory = null;
		if ((lng == null) != (lat == null)) {
			errors.add(new ApiProblem.FieldError(lng == null ? "lng" : "lat", "经度和纬度须同时填写"));
		}
		else if (lng != null) {
			if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
				errors.add(new ApiProblem.FieldError("lng", "经度须在 -180 到 180 之间"));
			}
			else if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
				errors.add(new ApiProblem.FieldError("lat", "纬度须在 -90 到 90 之间"));
			}
			else {
				if (r.gcj02()) {
					Gcj02.LngLat wgs = Gcj02.toWgs84(lng, lat);
					lng = wgs.lng();
					lat = wgs.lat();
				}
				Optional<Location> location = locator.locate(lng, lat);
				if (location.isEmpty()) {
					errors.add(new ApiProblem.FieldError("lng", "该位置不在" + units.district().shortName() + "范围内"));
				}
				else {
					Location l = location.get();
					territory = new CaseRecord.Territory(code(l.street()), code(l.community()), code(l.grid()), l.path());
				}
			}
		}
		if (territory == null) {
			// Without a point the case belongs to the district as a whole until it is dispatched.
			territory = new CaseRecord.Territory(null, null, null, districtPath());
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		return new Checked(channelOf(r, actor), r.urgency() == null ? Urgency.ORDINARY : r.urgency(), title, description,
				lng, lat, territory, external);
	}

	private static CaseRecord.External external(NewCase r, List<ApiProblem.FieldError> errors) {
		String system = blankToNull(r.externalSystem());
		String id = blankToNull(r.externalId());
		if ((system == null) != (id == null)) {
			errors.add(new ApiProblem.FieldError(system == null ? "externalSystem" : "externalId", "外部系统和外部编号须同时填写"));
			return CaseRecord.External.NONE;
		}
		if (system != null && (system.length() > 32 || id.length() > 64)) {
			errors.add(new ApiProblem.FieldError("externalId", "外部系统名最多 32 个字符，外部编号最多 64 个字符"));
		}
		return system == null ? CaseRecord.External.NONE : new CaseRecord.External(system, id, r.externalDueAt());
	}

	/** The channel given, or the one the registering account implies. */
	private static Channel channelOf(NewCase r, Actor actor) {
		if (r.channel() != null) {
			return r.channel();
		}
		if (r.externalSystem() != null && !r.externalSystem().isBlank()) {
			return "CITY_12345".equals(r.externalSystem()) ? Channel.CITY_12345 : Channel.API;
		}
		if (actor.hasRole(Role.GRID_WORKER)) {
			return Channel.GRID_PATROL;
		}
		return actor.hasRole(Role.INTEGRATION) ? Channel.API : Channel.HOTLINE;
	}

	private static String titleOf(String description) {
		String firstLine = description.lines().findFirst().orElse("").strip();
		return firstLine.length() > 30 ? firstLine.substring(0, 30) + "…" : firstLine;
	}

	private static String code(Location.Place place) {
		return place == null ? null : place.code();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
