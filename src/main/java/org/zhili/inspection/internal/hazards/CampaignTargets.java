package org.zhili.inspection.internal.hazards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.inspection.HazardCampaigns.NewPlace;
import org.zhili.inspection.HazardCampaigns.SiteKind;
import org.zhili.inspection.HazardCampaigns.Targets;
import org.zhili.inspection.Subjects;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

/**
 * A campaign's targets as sites: subjects of the library (by filter or one by one), communities and grids, every
 * community of some streets, and places typed in — each once, each placed in its street (and community).
 */
@Component
class CampaignTargets {

	private final Subjects subjects;
	private final OrgUnits units;
	private final OrgUnitDirectory directory;

	CampaignTargets(Subjects subjects, OrgUnits units, OrgUnitDirectory directory) {
		this.subjects = subjects;
		this.units = units;
		this.directory = directory;
	}

	List<CampaignStore.NewSite> sites(Targets targets, int max) {
		if (targets == null) {
			throw ApiProblem.badInput("targets", "targets_required", "请选择检查对象：名录库中的单位、社区网格或填写场所");
		}
		// keyed so that a subject or unit named twice (by a filter and by hand) is one site
		Map<String, CampaignStore.NewSite> sites = new LinkedHashMap<>();
		if (targets.subjects() != null) {
			subjects.matching(targets.subjects()).forEach(s -> sites.putIfAbsent("S" + s.id(), subject(s)));
		}
		for (Long id : orEmpty(targets.subjectIds())) {
			Subjects.Subject s = (id == null ? Optional.<Subjects.Subject>empty() : subjects.find(id))
				.orElseThrow(() -> ApiProblem.badInput("targets.subjectIds", "unknown_subject", "名录库中没有编号为 " + id + " 的检查对象"));
			sites.putIfAbsent("S" + s.id(), subject(s));
		}
		for (String code : orEmpty(targets.unitCodes())) {
			OrgUnit unit = units.find(code == null ? "" : code)
				.filter(u -> u.level() == UnitLevel.COMMUNITY || u.level() == UnitLevel.GRID)
				.orElseThrow(() -> ApiProblem.badInput("targets.unitCodes", "unknown_area", code + " 不是社区或网格"));
			sites.putIfAbsent("U" + unit.code(), area(unit));
		}
		for (String code : orEmpty(targets.communitiesOf())) {
			OrgUnit street = units.find(code == null ? "" : code).filter(u -> u.level() == UnitLevel.STREET)
				.orElseThrow(() -> ApiProblem.badInput("targets.communitiesOf", "unknown_street", code + " 不是街道"));
			for (OrgUnitDirectory.ScopeUnit u : directory.assignable()) {
				if (u.path().startsWith(street.path()) && !u.code().equals(street.code())) {
					units.find(u.code()).filter(c -> c.level() == UnitLevel.COMMUNITY)
						.ifPresent(c -> sites.putIfAbsent("U" + c.code(), area(c)));
				}
			}
		}
		int typed = 0;
		for (NewPlace p : orEmpty(targets.places())) {
			sites.put("P" + typed++, place(p));
		}
		if (sites.isEmpty()) {
			throw ApiProblem.badInput("targets", "no_sites", "所选范围内没有检查对象");
		}
		if (sites.size() > max) {
			throw ApiProblem.badInput("targets", "too_many_sites", "一次行动最多 " + max + " 个检查对象，所选范围有 " + sites.size() + " 个");
		}
		return new ArrayList<>(sites.values());
	}

	private CampaignStore.NewSite subject(Subjects.Subject s) {
		String path = s.communityCode() != null ? units.find(s.communityCode()).map(OrgUnit::path).orElse(null) : null;
		if (path == null && s.streetCode() != null) {
			path = units.find(s.streetCode()).map(OrgUnit::path).orElse(null);
		}
		return new CampaignStore.NewSite(SiteKind.SUBJECT, s.id(), null, s.name(), s.address(), s.streetCode(),
				s.communityCode(), path);
	}

	private CampaignStore.NewSite area(OrgUnit unit) {
		String community = unit.level() == UnitLevel.COMMUNITY ? unit.code() : unit.parentCode();
		return new CampaignStore.NewSite(SiteKind.AREA, null, unit.code(), unit.shortName() == null ? unit.name() : unit.shortName(),
				null, streetOf(unit.path()), community, unit.path());
	}

	private CampaignStore.NewSite place(NewPlace p) {
		if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 200) {
			throw ApiProblem.badInput("targets.places", "invalid_place", "场所名称不能为空，且不超过200字");
		}
		if (p.address() != null && p.address().length() > 300) {
			throw ApiProblem.badInput("targets.places", "invalid_place", "场所地址不超过300字");
		}
		OrgUnit where;
		if (p.communityCode() != null && !p.communityCode().isBlank()) {
			where = units.find(p.communityCode()).filter(u -> u.level() == UnitLevel.COMMUNITY)
				.orElseThrow(() -> ApiProblem.badInput("targets.places", "unknown_community", p.communityCode() + " 不是社区"));
			if (p.streetCode() != null && !p.streetCode().isBlank() && !p.streetCode().equals(streetOf(where.path()))) {
				throw ApiProblem.badInput("targets.places", "community_not_in_street", where.name() + " 不在所填街道");
			}
		}
		else {
			where = units.find(p.streetCode() == null ? "" : p.streetCode()).filter(u -> u.level() == UnitLevel.STREET)
				.orElseThrow(() -> ApiProblem.badInput("targets.places", "street_required", "场所“" + p.name() + "”须注明所在街道或社区"));
		}
		return new CampaignStore.NewSite(SiteKind.PLACE, null, null, p.name().strip(), blank(p.address()),
				streetOf(where.path()), where.level() == UnitLevel.COMMUNITY ? where.code() : null, where.path());
	}

	/** The street in a path {@code /<district>/<street>/…/}, or {@code null} above it. */
	static String streetOf(String path) {
		if (path == null) {
			return null;
		}
		String[] parts = path.split("/");
		return parts.length > 2 ? parts[2] : null;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}
}
