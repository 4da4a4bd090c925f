package org.zhili.identity;

/**
 * What an account may do. Each is a Spring Security authority of the same name, so endpoints say
 * {@code @PreAuthorize("hasAuthority('ORG_MANAGE')")}.
 */
public enum Permission {

	/** See the org tree, map and locate points (within the data scope). */
	ORG_VIEW,
	/** Edit departments, import boundary layers. */
	ORG_MANAGE,
	/** Read the working-day calendar. */
	CALENDAR_VIEW,
	/** Add and correct holiday years. */
	CALENDAR_MANAGE,
	/** Create accounts, change roles and scopes, unlock, reset passwords. */
	ACCOUNT_MANAGE,
	/** Issue and revoke API keys for system integrations. */
	API_KEY_MANAGE,
	/** Reveal a masked personal field; every reveal is audited. */
	PERSONAL_DATA_UNMASK,
	/** Search and verify the audit trail. */
	AUDIT_READ,
	/** Export the audit trail. */
	AUDIT_EXPORT,
	/** Delete audit rows older than the retention period. */
	AUDIT_PURGE,
	/** See cases (within the data scope, or where the unit is involved). */
	CASE_VIEW,
	/** Register cases: calls, patrol reports, work orders from other systems. */
	CASE_INTAKE,
	/** Dispatch, designate, approve returns/extensions/suspensions/voids, review replies, merge, close. */
	CASE_DISPATCH,
	/** Accept, return, whistle, report in, handle and reply for the own unit. */
	CASE_HANDLE,
	/** Call requesters back and record their rating. */
	CASE_CALLBACK,
	/** 督办: supervise cases and units. */
	CASE_SUPERVISE,
	/** Export case lists to Excel (audited). */
	CASE_EXPORT,
	/** See case statistics and rankings. */
	STATS_VIEW,
	/** Edit the category tree, lead-unit rules and time limits. */
	CASE_CONFIG,
	/** See plans, tasks and targets (a unit: those it leads or helps with). */
	PLAN_VIEW,
	/** Report progress on the own unit's tasks and answer 督办. */
	PLAN_REPORT,
	/** 督查: ingest documents, publish plans, assign units, review reports, send reminders and 督办, record actuals. */
	PLAN_MANAGE,
	/** See inspection plans, draws, results and hazards (a department: its own tasks; a street: hazards in it). */
	INSPECTION_VIEW,
	/** Keep the libraries (subjects, inspectors, matters), plan tasks, commit and run draws, run hazard campaigns. */
	INSPECTION_MANAGE,
	/** Record inspections and hazard visits as an inspector or team member. */
	INSPECTION_EXECUTE,
	/** Report the rectification of a finding or hazard for the own unit. */
	INSPECTION_RECTIFY,
	/** 法制审核: review a major enforcement decision before it is issued. */
	INSPECTION_LEGAL_REVIEW,
	/** Oversee inspection: coverage, publication on time, 挂牌督办 of major hazards, re-inspection before 销号. */
	INSPECTION_SUPERVISE,
	/**
	 * See petitions: the 信访 office all, a unit those routed to it — never a 检举控告 that accuses it or its people.
	 */
	PETITION_VIEW,
	/** Register, classify and route petitions (信访部门), approve extensions, decide reviews, run 积案 campaigns. */
	PETITION_REGISTER,
	/** Handle the petitions routed to the own unit: contact, investigate, draft the 处理意见书. */
	PETITION_HANDLE,
	/** 领导包案: take on a petition as a leader, with a plan, visits and a closing report. */
	PETITION_LEAD,
	/** See disputes and mediation figures (a street centre: its own; the district centre: all). */
	DISPUTE_VIEW,
	/** Register disputes, mediate, record sessions, outcomes and the follow-up of agreements. */
	DISPUTE_MEDIATE,
	/** See public-opinion signals. */
	OPINION_VIEW,
	/** Triage, verify and close signals or turn them into a case or a petition; publish replies. */
	OPINION_TRIAGE,
	/** Open the one view of a person or a building (every look is logged). */
	DOSSIER_VIEW,
	/** See early-warning alerts and their evidence (a street: its own), and acknowledge them. */
	EARLY_WARNING_VIEW,
	/** See 数字城管: the component inventory, urban-management cases (a unit: its own), the monthly evaluation. */
	URBAN_VIEW,
	/** 监督员: report what the patrol finds, 核实 a public report, 核查 a completed job on site. */
	URBAN_REPORT,
	/** 值班长: 立案 and 结案 against the 小类's conditions; approve 延期, 回退, 挂账 and 作废. */
	URBAN_REGISTER,
	/** 派遣员 of the 指挥中心: dispatch a registered case to the 专业部门 that owns it. */
	URBAN_DISPATCH,
	/** 处置 the urban-management cases dispatched to the own unit and feed back the result. */
	URBAN_HANDLE,
	/** Keep the catalogue (大类/小类, conditions, limits) and the component inventory (import, edit, export). */
	URBAN_MANAGE,
	/** Read the 九全 ledgers of the grids in the own chain of command (every read of a person is audited). */
	GRID_LEDGER_VIEW,
	/** Keep the own grids' ledgers and record 走访 (planned and done visits). */
	GRID_VISIT,
	/** See the 包联企业 pairings and an enterprise's page; a paired official records visits to their enterprises. */
	ENTERPRISE_VIEW,
	/** 营商环境: pair officials with enterprises, end pairings, import them, record visits for any official. */
	ENTERPRISE_MANAGE,
	/** 社区准入: keep the list of work that may be pushed down to communities, approve or refuse work off it. */
	COMMUNITY_LIST_MANAGE
}
