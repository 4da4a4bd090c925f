package org.zhili.inspection.internal.hazards;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.zhili.inspection.HazardCampaigns.Member;
import org.zhili.inspection.HazardCampaigns.SiteKind;
import org.zhili.inspection.Rectifications.Severity;

/** Campaigns, their teams, sites, visits and hazards ({@code inspection.hazard_*}). */
@Repository
class CampaignStore {

	record CampaignRow(long id, String name, String kind, LocalDate startsOn, LocalDate endsOn, String leadDepartment,
			List<String> checklist, String description, Instant createdAt, String createdBy) {
	}

	record TeamRow(long id, long campaignId, String name, String streetCode, String area, List<Member> members) {
	}

	/** A site to add: where it is in the org tree ({@code path}: its community's or street's). */
	record NewSite(SiteKind kind, Long subjectId, String unitCode, String name, String address, String streetCode,
			String communityCode, String path) {
	}

	record SiteRow(long id, long campaignId, SiteKind kind, Long subjectId, String unitCode, String name, String address,
			String streetCode, String communityCode, String path, int visits, Instant lastVisitedAt) {
	}

	record VisitRow(long id, long campaignId, long siteId, Long teamId, Instant visitedAt, List<String> visitors,
			List<String> checked, String note, String recordedBy) {
	}

	record HazardRow(long id, long campaignId, long visitId, long siteId, String checklistItem, String description,
			Severity severity, boolean fixedOnSpot, Instant foundAt, Long rectificationId) {
	}

	/** A campaign's counts (the report's figures, before the date is added). */
	record Counts(int sites, int visited, int hazards, int major, int fixedOnSpot, int rectifying, int closed,
			int majorOpen) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
	}

	/** Hazards not closed in a street, over every campaign. */
	record StreetCount(String streetCode, int open, int majorOpen) {
	}

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- writing ---------------------------------------------------------------------------------------

	long insertCampaign(String name, String kind, LocalDate startsOn, LocalDate endsOn, String leadDepartment,
			List<String> checklist, String description, String by, Instant at) {
		return jdbc.sql("""
				insert into inspection.hazard_campaign (name, kind, starts_on, ends_on, lead_department, checklist,
				    description, created_at, created_by)
				values (:name, :kind, :starts, :ends, :lead, :checklist, :description, :at, :by) returning id""")
			.param("name", name).param("kind", kind).param("starts", startsOn).param("ends", endsOn)
			.param("lead", leadDepartment).param("checklist", array(checklist)).param("description", description)
			.param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
	}

	long insertTeam(long campaignId, String name, String streetCode, String area, List<Member> members) {
		long id = jdbc.sql("""
				insert into inspection.hazard_team (campaign_id, name, street_code, area)
				values (:c, :name, :street, :area) returning id""")
			.param("c", campaignId).param("name", name).param("street", streetCode).param("area", area)
			.query(Long.class).single();
		for (int i = 0; i < members.size(); i++) {
			jdbc.sql("insert into inspection.hazard_team_member (team_id, position, name, username) values (:t, :p, :n, :u)")
				.param("t", id).param("p", i).param("n", members.get(i).name()).param("u", members.get(i).username())
				.update();
		}
		return id;
	}

	void insertSites(long campaignId, List<NewSite> sites) {
		for (NewSite s : sites) {
			jdbc.sql("""
					insert into inspection.hazard_site (campaign_id, kind, subject_id, unit_code, name, address, street_code,
					    community_code, path)
					values (:c, :kind, :subject, :unit, :name, :address, :street, :community, :path)""")
				.param("c", campaignId).param("kind", s.kind().name()).param("subject", s.subjectId())
				.param("unit", s.unitCode()).param("name", s.name()).param("address", s.address())
				.param("street", s.streetCode()).param("community", s.communityCode()).param("path", s.path()).update();
		}
	}

	long insertVisit(long campaignId, long siteId, Long teamId, Instant visitedAt, List<String> visitors,
			List<String> checked, String note, String by, Instant at) {
		return jdbc.sql("""
				insert into inspection.hazard_visit (campaign_id, site_id, team_id, visited_at, visitors, checked, note,
				    recorded_by, recorded_at)
				values (:c, :site, :team, :visited, :visitors, :checked, :note, :by, :at) returning id""")
			.param("c", campaignId).param("site", siteId).param("team", teamId).param("visited", Timestamp.from(visitedAt))
			.param("visitors", array(visitors)).param("checked", array(checked)).param("note", note).param("by", by)
			.param("at", Timestamp.from(at)).query(Long.class).single();
	}

	long insertHazard(long campaignId, long visitId, long siteId, String item, String description, Severity severity,
			boolean fixedOnSpot, Instant foundAt) {
		return jdbc.sql("""
				insert into inspection.hazard (campaign_id, visit_id, site_id, checklist_item, description, severity,
				    fixed_on_spot, found_at)
				values (:c, :v, :s, :item, :d, :sev, :fixed, :at) returning id""")
			.param("c", campaignId).param("v", visitId).param("s", siteId).param("item", item).param("d", description)
			.param("sev", severity.name()).param("fixed", fixedOnSpot).param("at", Timestamp.from(foundAt))
			.query(Long.class).single();
	}

	void linkRectification(long hazardId, long rectificationId) {
		jdbc.sql("update inspection.hazard set rectification_id = :r where id = :id").param("r", rectificationId)
			.param("id", hazardId).update();
	}

	// ---- reading ---------------------------------------------------------------------------------------

	boolean none() {
		return !jdbc.sql("select exists (select 1 from inspection.hazard_campaign)").query(Boolean.class).single();
	}

	Optional<CampaignRow> campaign(long id) {
		return jdbc.sql("select * from inspection.hazard_campaign where id = :id").param("id", id)
			.query(CampaignStore::campaign).optional();
	}

	/** The campaign, locked while a visit is recorded (its sites and teams stay as they are). */
	Optional<CampaignRow> lockCampaign(long id) {
		return jdbc.sql("select * from inspection.hazard_campaign where id = :id for share").param("id", id)
			.query(CampaignStore::campaign).optional();
	}

	List<CampaignRow> campaigns() {
		return jdbc.sql("select * from inspection.hazard_campaign order by starts_on desc, id desc")
			.query(CampaignStore::campaign).list();
	}

	List<TeamRow> teams(long campaignId) {
		Map<Long, List<Member>> members = new LinkedHashMap<>();
		jdbc.sql("""
				select m.* from inspection.hazard_team_member m join inspection.hazard_team t on t.id = m.team_id
				where t.campaign_id = :c order by m.team_id, m.position""")
			.param("c", campaignId)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong("team_id"), k -> new ArrayList<>())
					.add(new Member(rs.getString("name"), rs.getString("username")));
			});
		return jdbc.sql("select * from inspection.hazard_team where campaign_id = :c order by id").param("c", campaignId)
			.query((rs, n) -> new TeamRow(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("name"),
					rs.getString("street_code"), rs.getString("area"), members.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Whether the account is a member of a team of the hazard's campaign. */
	boolean inTeamOfHazard(long hazardId, String username) {
		return jdbc.sql("""
				select exists (select 1 from inspection.hazard h join inspection.hazard_team t on t.campaign_id = h.campaign_id
				    join inspection.hazard_team_member m on m.team_id = t.id where h.id = :h and m.username = :u)""")
			.param("h", hazardId).param("u", username).query(Boolean.class).single();
	}

	List<SiteRow> sites(long campaignId) {
		return jdbc.sql("""
				select s.*, count(v.id) as visits, max(v.visited_at) as last_visit
				from inspection.hazard_site s left join inspection.hazard_visit v on v.site_id = s.id
				where s.campaign_id = :c group by s.id order by s.street_code nulls last, s.kind, s.name, s.id""")
			.param("c", campaignId).query(CampaignStore::site).list();
	}

	Optional<SiteRow> site(long campaignId, long siteId) {
		return jdbc.sql("""
				select s.*, count(v.id) as visits, max(v.visited_at) as last_visit
				from inspection.hazard_site s left join inspection.hazard_visit v on v.site_id = s.id
				where s.campaign_id = :c and s.id = :id group by s.id""")
			.param("c", campaignId).param("id", siteId).query(CampaignStore::site).optional();
	}

	List<VisitRow> visits(long campaignId) {
		return jdbc.sql("select * from inspection.hazard_visit where campaign_id = :c order by visited_at desc, id desc")
			.param("c", campaignId).query(CampaignStore::visit).list();
	}

	Optional<VisitRow> visit(long id) {
		return jdbc.sql("select * from inspection.hazard_visit where id = :id").param("id", id)
			.query(CampaignStore::visit).optional();
	}

	List<HazardRow> hazards(long campaignId) {
		return jdbc.sql("select * from inspection.hazard where campaign_id = :c order by found_at, id")
			.param("c", campaignId).query(CampaignStore::hazard).list();
	}

	Optional<HazardRow> hazard(long id) {
		return jdbc.sql("select * from inspection.hazard where id = :id").param("id", id)
			.query(CampaignStore::hazard).optional();
	}

	/** Each campaign's counts, read from what was recorded (and the state of each rectification). */
	Map<Long, Counts> counts(Collection<Long> campaignIds) {
		Map<Long, Counts> all = new LinkedHashMap<>();
		if (campaignIds.isEmpty()) {
			return all;
		}
		jdbc.sql("""
				select c.id,
				    (select count(*) from inspection.hazard_site s where s.campaign_id = c.id) as sites,
				    (select count(distinct v.site_id) from inspection.hazard_visit v where v.campaign_id = c.id) as visited,
				    count(h.id) as hazards,
				    count(h.id) filter (where h.severity = 'MAJOR') as major,
				    count(h.id) filter (where h.fixed_on_spot) as fixed,
				    count(h.id) filter (where not h.fixed_on_spot) as rectifying,
				    count(h.id) filter (where r.state = 'CLOSED') as closed,
				    count(h.id) filter (where h.severity = 'MAJOR' and not h.fixed_on_spot and r.state <> 'CLOSED') as major_open
				from inspection.hazard_campaign c
				left join inspection.hazard h on h.campaign_id = c.id
				left join inspection.rectification r on r.id = h.rectification_id
				where c.id in (:ids) group by c.id""")
			.param("ids", campaignIds)
			.query(rs -> {
				all.put(rs.getLong("id"), new Counts(rs.getInt("sites"), rs.getInt("visited"), rs.getInt("hazards"),
						rs.getInt("major"), rs.getInt("fixed"), rs.getInt("rectifying"), rs.getInt("closed"),
						rs.getInt("major_open")));
			});
		return all;
	}

	/** Hazards not closed (handed to a unit, not yet 销号) by street, over every campaign. */
	List<StreetCount> openByStreet() {
		return jdbc.sql("""
				select s.street_code, count(*) as open, count(*) filter (where h.severity = 'MAJOR') as major_open
				from inspection.hazard h join inspection.hazard_site s on s.id = h.site_id
				join inspection.rectification r on r.id = h.rectification_id
				where r.state <> 'CLOSED' group by s.street_code order by s.street_code""")
			.query((rs, n) -> new StreetCount(rs.getString("street_code"), rs.getInt("open"), rs.getInt("major_open")))
			.list();
	}

	int hazardCount() {
		return jdbc.sql("select count(*) from inspection.hazard").query(Integer.class).single();
	}

	// ---- mapping ---------------------------------------------------------------------------------------

	private static CampaignRow campaign(ResultSet rs, int n) throws SQLException {
		return new CampaignRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("lead_department"), list(rs.getArray("checklist")), rs.getString("description"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

	private static SiteRow site(ResultSet rs, int n) throws SQLException {
		Timestamp last = rs.getTimestamp("last_visit");
		return new SiteRow(rs.getLong("id"), rs.getLong("campaign_id"), SiteKind.valueOf(rs.getString("kind")),
				(Long) rs.getObject("subject_id"), rs.getString("unit_code"), rs.getString("name"), rs.getString("address"),
				rs.getString("street_code"), rs.getString("community_code"), rs.getString("path"), rs.getInt("visits"),
				last == null ? null : last.toInstant());
	}

	private static VisitRow visit(ResultSet rs, int n) throws SQLException {
		return new VisitRow(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("site_id"),
				(Long) rs.getObject("team_id"), rs.getTimestamp("visited_at").toInstant(), list(rs.getArray("visitors")),
				list(rs.getArray("checked")), rs.getString("note"), rs.getString("recorded_by"));
	}

	private static HazardRow hazard(ResultSet rs, int n) throws SQLException {
		return new HazardRow(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("visit_id"), rs.getLong("site_id"),
				rs.getString("checklist_item"), rs.getString("description"), Severity.valueOf(rs.getString("severity")),
				rs.getBoolean("fixed_on_spot"), rs.getTimestamp("found_at").toInstant(),
				(Long) rs.getObject("rectification_id"));
	}

	private static SqlArrayValue array(List<String> values) {
		return new SqlArrayValue("varchar", values.toArray());
	}

	private static List<String> list(Array a) throws SQLException {
		return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
	}
}
