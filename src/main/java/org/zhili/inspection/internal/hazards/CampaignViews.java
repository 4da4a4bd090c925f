package org.zhili.inspection.internal.hazards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.internal.rectification.RectificationRegister;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * 隐患排查整治 as the district reads it: campaigns with their figures, sites, visits, the hazards (隐患台账) with
 * their rectifications, the report and the overview. Each hazard's steps are in the kit's journal (loop
 * {@value HazardCampaigns#LOOP}). Starting a campaign and recording a visit are {@link CampaignSetup}'s and
 * {@link VisitRecording}'s; this answers with what they wrote.
 */
@Service
@Transactional
public class CampaignViews implements HazardCampaigns {

	private final CampaignStore store;
	private final CampaignSetup setup;
	private final VisitRecording recording;
	private final RectificationRegister rectifications;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final Clock clock;

	CampaignViews(CampaignStore store, CampaignSetup setup, VisitRecording recording, RectificationRegister rectifications,
			OrgUnits units, WorkingCalendar calendar, Clock clock) {
		this.store = store;
		this.setup = setup;
		this.recording = recording;
		this.rectifications = rectifications;
		this.units = units;
		this.calendar = calendar;
		this.clock = clock;
	}

	// ---- writing, handed on ----------------------------------------------------------------------------

	@Override
	public Campaign create(NewCampaign c, Actor by) {
		return get(setup.create(c, by), by);
	}

	@Override
	public Visit recordVisit(long campaignId, NewVisit v, Actor by) {
		CampaignStore.VisitRow visit = store.visit(recording.record(campaignId, v, by)).orElseThrow();
		return visit(visit, store.campaign(campaignId).orElseThrow());
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
		CampaignStore.CampaignRow r = store.campaign(id).orElseThrow(CampaignViews::notFound);
		return campaign(r, store.teams(id), store.counts(List.of(id)).getOrDefault(id, CampaignStore.Counts.NONE), today());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Site> sites(long campaignId, Actor reader) {
		store.campaign(campaignId).orElseThrow(CampaignViews::notFound);
		return store.sites(campaignId).stream().map(this::site).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Visit> visits(long campaignId, Actor reader) {
		CampaignStore.CampaignRow c = store.campaign(campaignId).orElseThrow(CampaignViews::notFound);
		Map<Long, List<Hazard>> byVisit = hazards(c).stream().collect(Collectors.groupingBy(Hazard::visitId));
		Map<Long, CampaignStore.SiteRow> sites = store.sites(campaignId).stream()
			.collect(Collectors.toMap(CampaignStore.SiteRow::id, Function.identity()));
		Map<Long, String> teams = teamNames(campaignId);
		return store.visits(campaignId).stream()
			.map(v -> visit(v, sites.get(v.siteId()), teams, byVisit.getOrDefault(v.id(), List.of())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Hazard> hazards(long campaignId, Actor reader) {
		return hazards(store.campaign(campaignId).orElseThrow(CampaignViews::notFound));
	}

	@Override
	@Transactional(readOnly = true)
	public Report report(long campaignId, Actor reader) {
		CampaignStore.CampaignRow c = store.campaign(campaignId).orElseThrow(CampaignViews::notFound);
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

	/** The hazard's campaign, for its timeline's reader check. */
	@Transactional(readOnly = true)
	public Hazard hazard(long hazardId) {
		CampaignStore.HazardRow h = store.hazard(hazardId).orElseThrow(() -> ApiProblem.notFound("hazard_not_found", "没有这个隐患"));
		CampaignStore.CampaignRow c = store.campaign(h.campaignId()).orElseThrow(CampaignViews::notFound);
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
		List<Hazard> found = hazards(c).stream().filter(h -> h.visitId() == v.id()).toList();
		return visit(v, store.site(c.id(), v.siteId()).orElseThrow(), teamNames(c.id()), found);
	}

	private static Visit visit(CampaignStore.VisitRow v, CampaignStore.SiteRow site, Map<Long, String> teams, List<Hazard> hazards) {
		return new Visit(v.id(), v.campaignId(), v.siteId(), place(site), v.teamId(), v.teamId() == null ? null : teams.get(v.teamId()),
				v.visitedAt(), v.visitors(), v.checked(), v.note(), v.recordedBy(), hazards);
	}

	private Map<Long, String> teamNames(long campaignId) {
		return store.teams(campaignId).stream().collect(Collectors.toMap(CampaignStore.TeamRow::id, CampaignStore.TeamRow::name));
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
