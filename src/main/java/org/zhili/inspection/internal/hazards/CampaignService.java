package org.zhili.inspection.internal.hazards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Permission;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.Rectifications.Severity;
import org.zhili.inspection.internal.rectification.PhotoUpload;
import org.zhili.inspection.internal.rectification.RectificationService;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Journal;
import org.zhili.process.Photos;

/**
 * 隐患排查整治: campaigns, their teams' visits and the hazards found. A hazard fixed on the spot is recorded as
 * such; one that is not opens a rectification with the responsible unit (the site's street, or for a subject the
 * campaign's lead department) and a deadline, which the lead department follows through. Each hazard's steps go
 * into the kit's journal (loop {@value HazardCampaigns#LOOP}).
 */
@Service
@Transactional
public class CampaignService implements HazardCampaigns {

	/** The loop of a visit's photos. */
	static final String VISIT_LOOP = "hazard-visit";

	private final CampaignStore store;
	private final CampaignTargets targets;
	private final HazardRules rules;
	private final RectificationService rectifications;
	private final Journal journal;
	private final Photos photos;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;

	CampaignService(CampaignStore store, CampaignTargets targets, HazardRules rules, RectificationService rectifications,
			Journal journal, Photos photos, OrgUnits units, WorkingCalendar calendar, AuditTrail audit, Clock clock) {
		this.store = store;
		this.targets = targets;
		this.rules = rules;
		this.rectifications = rectifications;
		this.journal = journal;
		this.photos = photos;
		this.units = units;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- starting a campaign ---------------------------------------------------------------------------

	@Override
	public Campaign create(NewCampaign c, Actor by) {
		String name = required(c.name(), "name", 200, "行动名称");
		if (c.kind() == null || !rules.kinds().contains(c.kind())) {
			throw ApiProblem.badInput("kind", "invalid_kind", "排查类别须为：" + String.join("、", rules.kinds()));
		}
		if (c.startsOn() == null || c.endsOn() == null || c.endsOn().isBefore(c.startsOn())) {
			throw ApiProblem.badInput("endsOn", "invalid_period", "请填写起止日期，结束日期不早于开始日期");
		}
		OrgUnit lead = units.find(c.leadDepartment() == null ? "" : c.leadDepartment())
			.filter(u -> u.level() == UnitLevel.DEPARTMENT)
			.orElseThrow(() -> ApiProblem.badInput("leadDepartment", "unknown_department", "牵头部门 " + c.leadDepartment() + " 不存在"));
		if (!by.has(Permission.INSPECTION_SUPERVISE) && !lead.code().equals(by.scope().unitCode())) {
			throw ApiProblem.forbidden("not_your_department", "只能以本部门为牵头部门发起排查行动");
		}
		List<String> checklist = checklist(c.checklist());
		List<NewTeam> teams = teams(c.teams());
		List<CampaignStore.NewSite> sites = targets.sites(c.targets(), rules.maxSites());
		String description = c.description() == null || c.description().isBlank() ? null
				: required(c.description(), "description", 2000, "说明");
		Instant now = clock.instant();
		long id = store.insertCampaign(name, c.kind(), c.startsOn(), c.endsOn(), lead.code(), checklist, description,
				by.username(), now);
		for (NewTeam t : teams) {
			store.insertTeam(id, t.name().strip(), blank(t.streetCode()), blank(t.area()), t.members());
		}
		store.insertSites(id, sites);
		audit.success("inspection.hazards.campaign.created", "hazard-campaign:" + id,
				name + "，" + c.startsOn() + "至" + c.endsOn() + "，" + sites.size() + "个检查对象，" + teams.size() + "个检查组");
		return get(id, by);
	}

	private List<String> checklist(List<String> items) {
		if (items == null || items.isEmpty() || items.size() > rules.maxChecklist()) {
			throw ApiProblem.badInput("checklist", "invalid_checklist", "检查清单须有1至" + rules.maxChecklist() + "项");
		}
		Set<String> seen = new LinkedHashSet<>();
		for (String item : items) {
			if (item == null || item.isBlank() || item.strip().length() > 200 || !seen.add(item.strip())) {
				throw ApiProblem.badInput("checklist", "invalid_checklist", "检查清单的每一项不能为空、不能重复，且不超过200字");
			}
		}
		return List.copyOf(seen);
	}

	private List<NewTeam> teams(List<NewTeam> teams) {
		if (teams == null || teams.isEmpty()) {
			throw ApiProblem.badInput("teams", "teams_required", "请至少组建一个检查组");
		}
		Set<String> names = new HashSet<>();
		for (NewTeam t : teams) {
			if (t == null || t.name() == null || t.name().isBlank() || t.name().strip().length() > 100 || !names.add(t.name().strip())) {
				throw ApiProblem.badInput("teams", "invalid_team", "检查组名称不能为空、不能重复，且不超过100字");
			}
			if (blank(t.streetCode()) != null && units.find(t.streetCode()).filter(u -> u.level() == UnitLevel.STREET).isEmpty()) {
				throw ApiProblem.badInput("teams", "unknown_street", "检查组“" + t.name() + "”的街道 " + t.streetCode() + " 不存在");
			}
			if (t.members() == null || t.members().isEmpty()
					|| t.members().stream().anyMatch(m -> m == null || m.name() == null || m.name().isBlank() || m.name().length() > 50)) {
				throw ApiProblem.badInput("teams", "invalid_members", "检查组“" + t.name() + "”须有成员，每人填写姓名（不超过50字）");
			}
		}
		return teams;
	}

	// ---- recording a visit -----------------------------------------------------------------------------

	@Override
	public Visit recordVisit(long campaignId, NewVisit v, Actor by) {
		return recordVisit(campaignId, v, by, clock.instant());
	}

	private Visit recordVisit(long campaignId, NewVisit v, Actor by, Instant now) {
		CampaignStore.CampaignRow c = store.lockCampaign(campaignId).orElseThrow(CampaignService::notFound);
		List<CampaignStore.TeamRow> teams = store.teams(campaignId);
		List<CampaignStore.TeamRow> own = teams.stream()
			.filter(t -> t.members().stream().anyMatch(m -> by.username().equals(m.username())))
			.toList();
		boolean member = by.has(Permission.INSPECTION_EXECUTE) && !own.isEmpty();
		boolean leads = by.has(Permission.INSPECTION_MANAGE) && c.leadDepartment().equals(by.scope().unitCode());
		if (!member && !leads) {
			throw ApiProblem.forbidden("not_in_team", "只有本次行动检查组的成员（或牵头部门）可以记录检查");
		}
		CampaignStore.TeamRow team = team(v.teamId(), teams, own, leads);
		Instant visitedAt = v.visitedAt() == null ? now : v.visitedAt();
		if (visitedAt.isAfter(now.plusSeconds(60))) {
			throw ApiProblem.badInput("visitedAt", "future_visit", "检查时间不能晚于现在");
		}
		LocalDate day = LocalDate.ofInstant(visitedAt, calendar.zone());
		if (day.isBefore(c.startsOn()) || day.isAfter(c.endsOn())) {
			throw ApiProblem.conflict("campaign_not_running", "检查时间须在行动期间（" + c.startsOn() + "至" + c.endsOn() + "）内");
		}
		CampaignStore.SiteRow site = store.site(campaignId, v.siteId())
			.orElseThrow(() -> ApiProblem.badInput("siteId", "unknown_site", "本次行动没有这个检查对象"));
		List<String> checked = items(v.checked(), c.checklist(), "checked");
		String note = v.note() == null || v.note().isBlank() ? null : required(v.note(), "note", 1000, "检查记录");
		List<String> visitors = visitors(v.visitors(), team, by);
		List<NewHazard> found = v.hazards() == null ? List.of() : v.hazards();
		for (int i = 0; i < found.size(); i++) {
			check(found.get(i), i, c, day);
		}
		long visitId = store.insertVisit(campaignId, site.id(), team == null ? null : team.id(), visitedAt, visitors,
				checked, note, by.username(), now);
		for (NewHazard h : found) {
			hazard(c, site, visitId, h, by, visitedAt);
		}
		return visit(store.visit(visitId).orElseThrow(), c);
	}

	/** The team a visit is for: the one named (the recorder's own, unless the lead department records), or the recorder's first. */
	private static CampaignStore.TeamRow team(Long teamId, List<CampaignStore.TeamRow> all, List<CampaignStore.TeamRow> own,
			boolean leads) {
		if (teamId == null) {
			return own.isEmpty() ? null : own.get(0);
		}
		CampaignStore.TeamRow team = all.stream().filter(t -> t.id() == teamId).findFirst()
			.orElseThrow(() -> ApiProblem.badInput("teamId", "unknown_team", "本次行动没有这个检查组"));
		if (!leads && !own.contains(team)) {
			throw ApiProblem.forbidden("not_in_team", "只能为自己所在的检查组记录检查");
		}
		return team;
	}

	private void check(NewHazard h, int i, CampaignStore.CampaignRow c, LocalDate day) {
		String field = "hazards[" + i + "]";
		if (h == null || h.description() == null || h.description().isBlank() || h.description().strip().length() > 1000) {
			throw ApiProblem.badInput(field + ".description", "invalid_description", "隐患描述不能为空，且不超过1000字");
		}
		if (h.severity() == null) {
			throw ApiProblem.badInput(field + ".severity", "severity_required", "请选择隐患等级：一般或重大");
		}
		if (h.severity() == Severity.MAJOR && h.fixedOnSpot()) {
			throw ApiProblem.badInput(field + ".fixedOnSpot", "major_not_on_spot", "重大隐患须挂牌督办、限期整改，经现场复查后销号，不能按现场整改记录");
		}
		if (h.checklistItem() != null && !h.checklistItem().isBlank() && !c.checklist().contains(h.checklistItem())) {
			throw ApiProblem.badInput(field + ".checklistItem", "unknown_checklist_item", "检查清单中没有“" + h.checklistItem() + "”");
		}
		if (!h.fixedOnSpot()) {
			if (h.unitCode() != null && !h.unitCode().isBlank() && units.find(h.unitCode()).isEmpty()) {
				throw ApiProblem.badInput(field + ".unitCode", "unknown_unit", "整改单位 " + h.unitCode() + " 不存在");
			}
			if (h.due() != null && !h.due().isAfter(day)) {
				throw ApiProblem.badInput(field + ".due", "invalid_due", "整改期限须晚于检查当天（" + day + "）");
			}
		}
	}

	private void hazard(CampaignStore.CampaignRow c, CampaignStore.SiteRow site, long visitId, NewHazard h, Actor by, Instant at) {
		String item = blank(h.checklistItem());
		String description = h.description().strip();
		long id = store.insertHazard(c.id(), visitId, site.id(), item, description, h.severity(), h.fixedOnSpot(), at);
		String number = number(id, at);
		journal.append(new Journal.Step(LOOP, id, "found", "发现隐患", by.username(), site.streetCode(),
				h.severity().label() + "隐患：" + description + "（" + place(site) + "）", at));
		if (h.fixedOnSpot()) {
			journal.append(new Journal.Step(LOOP, id, "fixed", "现场整改", by.username(), site.streetCode(), null, at));
			return;
		}
		String unit = blank(h.unitCode()) != null ? h.unitCode()
				: site.kind() == SiteKind.SUBJECT || site.streetCode() == null ? c.leadDepartment() : site.streetCode();
		LocalDate day = LocalDate.ofInstant(at, calendar.zone());
		LocalDate due = h.due() != null ? h.due() : calendar.addWorkingDays(day, rules.rectifyWithinDays().get(h.severity()));
		Rectifications.Rectification r = rectifications.open(new Rectifications.Order(LOOP, id, number, link(c.id(), id),
				site.subjectId(), place(site), site.streetCode(), unit, description, h.severity(), due), site.path(),
				unit.equals(c.leadDepartment()) ? null : c.leadDepartment(), by.username(), at);
		store.linkRectification(id, r.id());
		journal.append(new Journal.Step(LOOP, id, "rectify", h.severity() == Severity.MAJOR ? "挂牌督办、限期整改" : "限期整改",
				by.username(), unit, "整改单位：" + r.unitName() + "，整改期限 " + r.due(), at));
	}

	/** Photos of a visit (by whoever may record for the campaign), kept with the visit. */
	public List<Photos.Photo> addPhotos(long visitId, List<PhotoUpload> uploads, Actor by) {
		CampaignStore.VisitRow v = store.visit(visitId).orElseThrow(() -> ApiProblem.notFound("visit_not_found", "没有这次检查记录"));
		CampaignStore.CampaignRow c = store.campaign(v.campaignId()).orElseThrow(CampaignService::notFound);
		boolean member = by.has(Permission.INSPECTION_EXECUTE) && store.teams(c.id()).stream()
			.anyMatch(t -> t.members().stream().anyMatch(m -> by.username().equals(m.username())));
		boolean leads = by.has(Permission.INSPECTION_MANAGE) && c.leadDepartment().equals(by.scope().unitCode());
		if (!member && !leads && !by.username().equals(v.recordedBy())) {
			throw ApiProblem.forbidden("not_in_team", "只有本次行动检查组的成员（或牵头部门）可以上传检查照片");
		}
		if (uploads.isEmpty()) {
			throw ApiProblem.badInput("photos", "empty_file", "请选择照片");
		}
		Instant now = clock.instant();
		List<Photos.Photo> kept = new ArrayList<>();
		for (PhotoUpload u : uploads) {
			kept.add(photos.store(VISIT_LOOP, visitId, null, u.fileName(), u.bytes(), by.username(), now));
		}
		return kept;
	}

	@Transactional(readOnly = true)
	public List<Photos.Photo> photos(long visitId) {
		store.visit(visitId).orElseThrow(() -> ApiProblem.notFound("visit_not_found", "没有这次检查记录"));
		return photos.of(VISIT_LOOP, visitId);
	}

	// ---- reading ---------------------------------------------------------------------------------------

	@Override
	@Transactional(readOnly = true)
	public List<Campaign> list(Actor reader) {
		List<CampaignStore.CampaignRow> rows = store.campaigns();
		Map<Long, CampaignStore.Counts> counts = store.counts(rows.stream().map(CampaignStore.CampaignRow::id).toList());
		LocalDate today = today();
		return rows.stream().map(r -> campaign(r, store.teams(r.id()), counts.getOrDefault(r.id(), CampaignStore.Counts.NONE), today))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Campaign get(long id, Actor reader) {
		CampaignStore.CampaignRow r = store.campaign(id).orElseThrow(CampaignService::notFound);
		return campaign(r, store.teams(id), store.counts(List.of(id)).getOrDefault(id, CampaignStore.Counts.NONE), today());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Site> sites(long campaignId, Actor reader) {
		store.campaign(campaignId).orElseThrow(CampaignService::notFound);
		return store.sites(campaignId).stream().map(this::site).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Visit> visits(long campaignId, Actor reader) {
		CampaignStore.CampaignRow c = store.campaign(campaignId).orElseThrow(CampaignService::notFound);
		Map<Long, List<Hazard>> byVisit = hazards(c).stream().collect(Collectors.groupingBy(Hazard::visitId));
		Map<Long, CampaignStore.SiteRow> sites = store.sites(campaignId).stream()
			.collect(Collectors.toMap(CampaignStore.SiteRow::id, Function.identity()));
		Map<Long, String> teams = store.teams(campaignId).stream()
			.collect(Collectors.toMap(CampaignStore.TeamRow::id, CampaignStore.TeamRow::name));
		return store.visits(campaignId).stream()
			.map(v -> visit(v, sites.get(v.siteId()), teams, byVisit.getOrDefault(v.id(), List.of())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Hazard> hazards(long campaignId, Actor reader) {
		return hazards(store.campaign(campaignId).orElseThrow(CampaignService::notFound));
	}

	@Override
	@Transactional(readOnly = true)
	public Report report(long campaignId, Actor reader) {
		CampaignStore.CampaignRow c = store.campaign(campaignId).orElseThrow(CampaignService::notFound);
		List<Site> sites = sites(campaignId, reader);
		List<Hazard> hazards = hazards(c);
		Figures f = figures(store.counts(List.of(campaignId)).getOrDefault(campaignId, CampaignStore.Counts.NONE), today());
		return new Report(campaignId, c.name(), f, CampaignReport.text(c.name(), f),
				CampaignReport.byStreet(units.streets(), sites, hazards), CampaignReport.byItem(c.checklist(), hazards));
	}

	@Override
	@Transactional(readOnly = true)
	public Overview overview(Actor reader) {
		LocalDate today = today();
		List<CampaignStore.CampaignRow> campaigns = store.campaigns();
		int running = (int) campaigns.stream().filter(c -> !today.isBefore(c.startsOn()) && !today.isAfter(c.endsOn())).count();
		Map<String, CampaignStore.StreetCount> open = store.openByStreet().stream()
			.collect(Collectors.toMap(s -> Objects.requireNonNullElse(s.streetCode(), ""), Function.identity()));
		List<StreetOpen> byStreet = new ArrayList<>();
		for (OrgUnit street : units.streets()) {
			CampaignStore.StreetCount s = open.get(street.code());
			byStreet.add(new StreetOpen(street.code(), street.name(), s == null ? 0 : s.open(), s == null ? 0 : s.majorOpen()));
		}
		int openAll = open.values().stream().mapToInt(CampaignStore.StreetCount::open).sum();
		int majorOpen = open.values().stream().mapToInt(CampaignStore.StreetCount::majorOpen).sum();
		return new Overview(today, campaigns.size(), running, store.hazardCount(), openAll, majorOpen, byStreet);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean none() {
		return store.none();
	}

	/** Whether the account may record visits of the campaign (its teams, its lead department). */
	@Transactional(readOnly = true)
	public boolean mayRecord(long campaignId, Actor actor) {
		CampaignStore.CampaignRow c = store.campaign(campaignId).orElseThrow(CampaignService::notFound);
		boolean member = actor.has(Permission.INSPECTION_EXECUTE) && store.teams(campaignId).stream()
			.anyMatch(t -> t.members().stream().anyMatch(m -> actor.username().equals(m.username())));
		return member || actor.has(Permission.INSPECTION_MANAGE) && c.leadDepartment().equals(actor.scope().unitCode());
	}

	/** The kit's addresses of the photos of those visits that have any, by visit. */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> photoUrls(List<Long> visitIds) {
		Map<Long, List<String>> urls = new HashMap<>();
		for (Long id : photos.counts(VISIT_LOOP, visitIds).keySet()) {
			urls.put(id, photos.of(VISIT_LOOP, id).stream().map(p -> "/api/v1/photos/" + VISIT_LOOP + "/" + id + "/" + p.id()).toList());
		}
		return urls;
	}

	/** Whether the visit exists (campaigns are read by everyone with INSPECTION_VIEW, their photos too). */
	@Transactional(readOnly = true)
	public boolean visitExists(long visitId) {
		return store.visit(visitId).isPresent();
	}

	/** The hazard's campaign, for its timeline's reader check. */
	@Transactional(readOnly = true)
	public Hazard hazard(long hazardId) {
		CampaignStore.HazardRow h = store.hazard(hazardId).orElseThrow(() -> ApiProblem.notFound("hazard_not_found", "没有这个隐患"));
		CampaignStore.CampaignRow c = store.campaign(h.campaignId()).orElseThrow(CampaignService::notFound);
		return hazards(c).stream().filter(x -> x.id() == hazardId).findFirst().orElseThrow();
	}

	// ---- views -----------------------------------------------------------------------------------------

	private List<Hazard> hazards(CampaignStore.CampaignRow c) {
		List<CampaignStore.HazardRow> rows = store.hazards(c.id());
		Map<Long, CampaignStore.SiteRow> sites = store.sites(c.id()).stream()
			.collect(Collectors.toMap(CampaignStore.SiteRow::id, Function.identity()));
		List<Long> ids = rows.stream().map(CampaignStore.HazardRow::rectificationId).filter(Objects::nonNull).toList();
		Map<Long, Rectifications.Rectification> rects = rectifications.byIds(ids);
		Map<Long, String> rechecks = rectifications.rechecks(ids);
		Map<String, String> streetNames = new HashMap<>();
		List<Hazard> hazards = new ArrayList<>(rows.size());
		for (CampaignStore.HazardRow h : rows) {
			CampaignStore.SiteRow s = sites.get(h.siteId());
			Rectifications.Rectification r = h.rectificationId() == null ? null : rects.get(h.rectificationId());
			hazards.add(new Hazard(h.id(), number(h.id(), h.foundAt()), c.id(), h.visitId(), h.siteId(), place(s),
					s.streetCode(), streetNames.computeIfAbsent(String.valueOf(s.streetCode()), k -> unitName(s.streetCode())),
					h.checklistItem(), h.description(), h.severity(), h.fixedOnSpot(), h.foundAt(),
					h.rectificationId(), r == null ? null : r.state(), r == null ? null : r.unitCode(),
					r == null ? null : r.unitName(), r == null ? null : r.due(), r != null && r.overdue(),
					r == null ? "现场整改" : r.state().label(), r == null ? null : rechecks.get(r.id()),
					r == null ? null : r.closedAt()));
		}
		return hazards;
	}

	private Visit visit(CampaignStore.VisitRow v, CampaignStore.CampaignRow c) {
		Map<Long, String> teams = store.teams(c.id()).stream()
			.collect(Collectors.toMap(CampaignStore.TeamRow::id, CampaignStore.TeamRow::name));
		List<Hazard> found = hazards(c).stream().filter(h -> h.visitId() == v.id()).toList();
		return visit(v, store.site(c.id(), v.siteId()).orElseThrow(), teams, found);
	}

	private static Visit visit(CampaignStore.VisitRow v, CampaignStore.SiteRow site, Map<Long, String> teams, List<Hazard> hazards) {
		return new Visit(v.id(), v.campaignId(), v.siteId(), place(site), v.teamId(), v.teamId() == null ? null : teams.get(v.teamId()),
				v.visitedAt(), v.visitors(), v.checked(), v.note(), v.recordedBy(), hazards);
	}

	private Campaign campaign(CampaignStore.CampaignRow r, List<CampaignStore.TeamRow> teams, CampaignStore.Counts counts, LocalDate today) {
		return new Campaign(r.id(), r.name(), r.kind(), r.startsOn(), r.endsOn(), r.leadDepartment(), unitName(r.leadDepartment()),
				r.checklist(), r.description(),
				teams.stream().map(t -> new Team(t.id(), t.name(), t.streetCode(), unitName(t.streetCode()), t.area(), t.members())).toList(),
				figures(counts, today), r.createdAt(), r.createdBy());
	}

	private static Figures figures(CampaignStore.Counts c, LocalDate today) {
		return new Figures(today, c.sites(), c.visited(), c.hazards(), c.major(), c.fixedOnSpot(), c.rectifying(), c.closed(),
				c.majorOpen());
	}

	private Site site(CampaignStore.SiteRow s) {
		return new Site(s.id(), s.campaignId(), s.kind(), s.subjectId(), s.unitCode(), s.name(), s.address(), s.streetCode(),
				unitName(s.streetCode()), s.communityCode(), s.visits(), s.lastVisitedAt());
	}

	/** YH, the year it was found and the id: what the ledger and the news quote. */
	static String number(long id, Instant foundAt) {
		return "YH" + LocalDate.ofInstant(foundAt, ChinaTime.ZONE).getYear() + "-" + String.format("%05d", id);
	}

	static String link(long campaignId, long hazardId) {
		return "/inspection/hazards/" + campaignId + "#hazard-" + hazardId;
	}

	/** The site as people name it: its name, and its address when it has one. */
	static String place(CampaignStore.SiteRow s) {
		return s.address() == null ? s.name() : s.name() + "（" + s.address() + "）";
	}

	private static List<String> items(List<String> given, List<String> checklist, String field) {
		if (given == null) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String item : given) {
			if (item == null || !checklist.contains(item)) {
				throw ApiProblem.badInput(field, "unknown_checklist_item", "检查清单中没有“" + item + "”");
			}
			items.add(item);
		}
		return List.copyOf(items);
	}

	/** Who went: as given, or the team's members, or the recorder. */
	private static List<String> visitors(List<String> given, CampaignStore.TeamRow team, Actor by) {
		List<String> names = given == null ? List.of() : given.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
		if (names.stream().anyMatch(n -> n.length() > 50) || names.size() > 20) {
			throw ApiProblem.badInput("visitors", "invalid_visitors", "检查人员最多20人，每人姓名不超过50字");
		}
		if (!names.isEmpty()) {
			return names;
		}
		if (team != null) {
			return team.members().stream().map(Member::name).toList();
		}
		return List.of(by.username());
	}

	private static String required(String value, String field, int max, String name) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + max + "字");
		}
		return value.strip();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::name).orElse(code);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), calendar.zone());
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("campaign_not_found", "没有这个排查行动");
	}
}
