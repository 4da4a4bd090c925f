package org.zhili.identity;

import java.util.EnumSet;
import java.util.Set;

import static org.zhili.identity.Permission.*;

/**
 * The people who work in zhili (DESIGN.md §2). The three administrators (三员) each hold their role alone:
 * whoever changes permissions can never read or purge the audit trail that records it.
 */
public enum Role {

	OPERATOR("话务员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, PERSONAL_DATA_UNMASK, CASE_VIEW, CASE_INTAKE,
			CASE_CALLBACK)),
	DISPATCHER("派遣员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, PERSONAL_DATA_UNMASK, CASE_VIEW, CASE_INTAKE,
			CASE_DISPATCH, CASE_CALLBACK, CASE_EXPORT, STATS_VIEW, ENTERPRISE_VIEW)),
	STREET_OFFICIAL("街道工作人员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, CASE_VIEW, CASE_HANDLE, CASE_EXPORT,
			STATS_VIEW, PLAN_VIEW, PLAN_REPORT, INSPECTION_VIEW, INSPECTION_RECTIFY, PETITION_VIEW, PETITION_HANDLE,
			DISPUTE_VIEW, OPINION_VIEW, DOSSIER_VIEW, EARLY_WARNING_VIEW, URBAN_VIEW, URBAN_HANDLE, GRID_LEDGER_VIEW,
			ENTERPRISE_VIEW)),
	GRID_WORKER("网格员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, CASE_VIEW, CASE_INTAKE, CASE_HANDLE,
			INSPECTION_VIEW, INSPECTION_EXECUTE, GRID_LEDGER_VIEW, GRID_VISIT)),
	DEPARTMENT_HANDLER("部门承办人", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, CASE_VIEW, CASE_HANDLE, CASE_EXPORT,
			STATS_VIEW, PLAN_VIEW, PLAN_REPORT, INSPECTION_VIEW, INSPECTION_MANAGE, INSPECTION_RECTIFY, PETITION_VIEW,
			PETITION_HANDLE, OPINION_VIEW, URBAN_VIEW, URBAN_HANDLE, ENTERPRISE_VIEW)),
	SUPERVISOR("督查人员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, CASE_VIEW, CASE_SUPERVISE, CASE_EXPORT,
			STATS_VIEW, PLAN_VIEW, PLAN_MANAGE, INSPECTION_VIEW, INSPECTION_SUPERVISE, PETITION_VIEW, DISPUTE_VIEW,
			OPINION_VIEW, URBAN_VIEW, ENTERPRISE_VIEW, ENTERPRISE_MANAGE)),
	INSPECTOR("执法检查人员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, INSPECTION_VIEW, INSPECTION_EXECUTE)),
	/** A department's 法制审核 staff: a major enforcement decision is issued only after their review. */
	LEGAL_REVIEWER("法制审核人员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, INSPECTION_VIEW, INSPECTION_LEGAL_REVIEW)),
	LEADER("区领导", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, CASE_VIEW, CASE_SUPERVISE, CASE_EXPORT, STATS_VIEW,
			PLAN_VIEW, INSPECTION_VIEW, PETITION_VIEW, PETITION_LEAD, DISPUTE_VIEW, OPINION_VIEW, DOSSIER_VIEW,
			EARLY_WARNING_VIEW, URBAN_VIEW, ENTERPRISE_VIEW)),
	/** The 信访 office's staff (信访部门): register, classify and route petitions, keep their legal clocks. */
	PETITION_OFFICER("信访干部", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, PERSONAL_DATA_UNMASK, CASE_VIEW,
			PETITION_VIEW, PETITION_REGISTER, PETITION_HANDLE, DISPUTE_VIEW, OPINION_VIEW, DOSSIER_VIEW,
			EARLY_WARNING_VIEW)),
	/** A mediator of a street's or the district's 矛调中心. */
	MEDIATOR("调解员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, PERSONAL_DATA_UNMASK, CASE_VIEW, PETITION_VIEW,
			DISPUTE_VIEW, DISPUTE_MEDIATE)),
	/** 舆情 staff: watch, triage and verify public-opinion signals and see them answered. */
	OPINION_ANALYST("舆情专员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, CASE_VIEW, CASE_INTAKE, OPINION_VIEW,
			OPINION_TRIAGE)),
	/** 数字城管's 监督员: patrols an assigned area, reports what is found, 核实 public reports, 核查 completed jobs. */
	URBAN_PATROLLER("监督员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, URBAN_VIEW, URBAN_REPORT)),
	/** The 监督中心's 值班长: 立案 and 结案, approves 延期 / 回退 / 挂账 / 作废; keeps the catalogue and inventory. */
	URBAN_DUTY_CHIEF("值班长", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, STATS_VIEW, URBAN_VIEW, URBAN_REGISTER,
			URBAN_MANAGE)),
	/** The 指挥中心's 派遣员 for urban-management cases. */
	URBAN_DISPATCHER("城管派遣员", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, STATS_VIEW, URBAN_VIEW, URBAN_DISPATCH)),
	/** The 社区治理 office (民政): keeps the 社区准入清单 and decides on work pushed down off it. */
	COMMUNITY_AFFAIRS("社区治理干部", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, STATS_VIEW, PLAN_VIEW,
			COMMUNITY_LIST_MANAGE)),
	/** A system integration (e.g. the city 12345 platform) sending work orders with an API key. */
	INTEGRATION("对接系统", false, EnumSet.of(ORG_VIEW, CALENDAR_VIEW, CASE_VIEW, CASE_INTAKE)),
	SYSTEM_ADMIN("系统管理员", true, EnumSet.of(ORG_VIEW, ORG_MANAGE, CALENDAR_VIEW, CALENDAR_MANAGE, CASE_CONFIG)),
	SECURITY_ADMIN("安全管理员", true, EnumSet.of(ORG_VIEW, ACCOUNT_MANAGE, API_KEY_MANAGE, PERSONAL_DATA_UNMASK)),
	AUDIT_ADMIN("审计管理员", true, EnumSet.of(AUDIT_READ, AUDIT_EXPORT, AUDIT_PURGE));

	private final String label;
	private final boolean administrator;
	private final Set<Permission> permissions;

	Role(String label, boolean administrator, Set<Permission> permissions) {
		this.label = label;
		this.administrator = administrator;
		this.permissions = permissions;
	}

	/** The role's Chinese name. */
	public String label() {
		return label;
	}

	/** One of the three administrators, who must hold their role alone and use a second factor. */
	public boolean administrator() {
		return administrator;
	}

	public Set<Permission> permissions() {
		return permissions;
	}
}
