package org.zhili.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhili.identity.Actor;
import org.zhili.process.Labelled;

/**
 * 隐患排查整治: campaigns (电动自行车充电夜查, 燃气, 消防通道…) whose teams visit units and communities, tick a
 * checklist and record the hazards they find — fixed on the spot, or handed to {@link Rectifications} with the
 * responsible unit and a deadline — and the campaign's report, read from what was recorded. Every call joins the
 * caller's transaction.
 */
public interface HazardCampaigns {

	/** The loop of one hazard (its journal, photos and timeline; the source of its rectification). */
	String LOOP = "hazard";

	/** What a site is: a subject of the library (a unit), a community or grid, or a place typed in. */
	enum SiteKind implements Labelled {
		SUBJECT("单位"), AREA("社区网格"), PLACE("场所");

		private final String label;

		SiteKind(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** A team member: a name, and the account that records visits, or {@code null}. */
	record Member(String name, String username) {
	}

	/** @param streetCode the street (or {@code null}) the team covers; {@code area} how people name its ground */
	record NewTeam(String name, String streetCode, String area, List<Member> members) {
	}

	record Team(long id, String name, String streetCode, String streetName, String area, List<Member> members) {
	}

	/** A place typed in: it must name its street (or community, whose street is read from the org tree). */
	record NewPlace(String name, String address, String streetCode, String communityCode) {
	}

	/**
	 * The sites a campaign targets; every part may be empty or {@code null}.
	 *
	 * @param subjects subjects of the library the filter selects
	 * @param subjectIds subjects chosen one by one
	 * @param unitCodes communities or grids, by code
	 * @param communitiesOf every community of these streets
	 * @param places places typed in
	 */
	record Targets(Subjects.Filter subjects, List<Long> subjectIds, List<String> unitCodes, List<String> communitiesOf,
			List<NewPlace> places) {
	}

	/**
	 * A campaign to start.
	 *
	 * @param kind what it is about, one of {@code zhili.inspection.hazards.kinds}
	 * @param leadDepartment the department that runs it (a department's manager may name only their own)
	 * @param checklist what a team checks at every site
	 */
	record NewCampaign(String name, String kind, LocalDate startsOn, LocalDate endsOn, String leadDepartment,
			List<String> checklist, List<NewTeam> teams, Targets targets, String description) {
	}

	record Campaign(long id, String name, String kind, LocalDate startsOn, LocalDate endsOn, String leadDepartment,
			String leadDepartmentName, List<String> checklist, String description, List<Team> teams, Figures figures,
			Instant createdAt, String createdBy) {
	}

	record Site(long id, long campaignId, SiteKind kind, Long subjectId, String unitCode, String name, String address,
			String streetCode, String streetName, String communityCode, int visits, Instant lastVisitedAt) {
	}

	/**
	 * A hazard found at a visit.
	 *
	 * @param checklistItem the checklist item it falls under, or {@code null}
	 * @param unitCode when not fixed on the spot, the unit that rectifies: {@code null} for the site's street (a
	 * community or place) or the campaign's lead department (a subject)
	 * @param due when not fixed on the spot, the deadline, or {@code null} for the campaign's (by severity)
	 */
	record NewHazard(String description, Rectifications.Severity severity, String checklistItem, boolean fixedOnSpot,
			String unitCode, LocalDate due) {
	}

	/**
	 * A visit.
	 *
	 * @param teamId the team, or {@code null} for the recorder's own team
	 * @param visitedAt when, or {@code null} for now
	 * @param visitors who went (names), or empty for the recorder
	 * @param checked the checklist items checked
	 */
	record NewVisit(long siteId, Long teamId, Instant visitedAt, List<String> visitors, List<String> checked, String note,
			List<NewHazard> hazards) {
	}

	/**
	 * A hazard as the ledger shows it.
	 *
	 * @param status 现场整改, or the rectification's state (整改中, 待复查, 已销号)
	 * @param recheck the last 复查's result as people read it, or {@code null}
	 */
	record Hazard(long id, String number, long campaignId, long visitId, long siteId, String siteName, String streetCode,
			String streetName, String checklistItem, String description, Rectifications.Severity severity,
			boolean fixedOnSpot, Instant foundAt, Long rectificationId, Rectifications.State rectificationState,
			String unitCode, String unitName, LocalDate due, boolean overdue, String status, String recheck,
			Instant closedAt) {
	}

	record Visit(long id, long campaignId, long siteId, String siteName, Long teamId, String teamName, Instant visitedAt,
			List<String> visitors, List<String> checked, String note, String recordedBy, List<Hazard> hazards) {
	}

	/**
	 * A campaign's figures on a day.
	 *
	 * @param visited sites checked at least once (单位和社区N家)
	 * @param fixedOnSpot 现场整改; {@code rectifying} 限期整改 (all handed to a unit), of which {@code closed} 已销号
	 */
	record Figures(LocalDate asOf, int sites, int visited, int hazards, int major, int fixedOnSpot, int rectifying,
			int closed, int majorOpen) {
	}

	record StreetLine(String streetCode, String streetName, int sites, int visited, int hazards, int major,
			int fixedOnSpot, int rectifying, int closed) {
	}

	record ItemLine(String item, int hazards, int major, int fixedOnSpot, int rectifying) {
	}

	/** The campaign report: its text as the district's news reads, and the breakdowns. */
	record Report(long campaignId, String name, Figures figures, String text, List<StreetLine> byStreet,
			List<ItemLine> byItem) {
	}

	/** Hazards not yet closed in a street, over every campaign (the lead's map). */
	record StreetOpen(String streetCode, String streetName, int open, int majorOpen) {
	}

	record Overview(LocalDate asOf, int campaigns, int running, int hazards, int open, int majorOpen,
			List<StreetOpen> byStreet) {
	}

	/**
	 * Starts a campaign: its teams and its sites, resolved from the targets.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming the field, 403 {@code not_your_department}
	 */
	Campaign create(NewCampaign campaign, Actor by);

	/** Every campaign, newest first (campaigns are the district's work: everyone with INSPECTION_VIEW reads them). */
	List<Campaign> list(Actor reader);

	Campaign get(long id, Actor reader);

	List<Site> sites(long campaignId, Actor reader);

	/**
	 * Records a visit and its hazards; each not fixed on the spot opens a rectification. Only a team member (by
	 * account) with INSPECTION_EXECUTE, or the lead department's manager, records; within the campaign's period.
	 *
	 * @throws org.zhili.platform.ApiProblem 403 {@code not_in_team}, 409 {@code campaign_not_running}, 400
	 */
	Visit recordVisit(long campaignId, NewVisit visit, Actor by);

	/** The campaign's visits, newest first. */
	List<Visit> visits(long campaignId, Actor reader);

	/** The campaign's hazards (隐患台账), oldest first. */
	List<Hazard> hazards(long campaignId, Actor reader);

	Report report(long campaignId, Actor reader);

	/** Open hazards by street and major hazards open, over every campaign. */
	Overview overview(Actor reader);

	/** Whether no campaign exists yet (the demo starts one). */
	boolean none();
}
