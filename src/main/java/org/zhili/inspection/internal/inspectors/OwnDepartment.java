package org.zhili.inspection.internal.inspectors;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

/**
 * A department keeps its own part of the libraries: its inspectors and its matters are registered by its own
 * handlers only, though everyone with the inspection view reads all of them.
 */
@Component
public class OwnDepartment {

	private final OrgUnits units;

	OwnDepartment(OrgUnits units) {
		this.units = units;
	}

	/**
	 * The department of this code, if the actor belongs to it.
	 *
	 * @param what what is being registered, as people say it (执法人员)
	 * @throws ApiProblem 400 naming {@code departmentCode} when it is no active department, 403
	 * {@code not_your_department} when it is another's
	 */
	public OrgUnit check(String departmentCode, Actor actor, String what) {
		OrgUnit department = department(departmentCode);
		if (!department.code().equals(actor.scope().unitCode())) {
			throw ApiProblem.forbidden("not_your_department", "只能登记本部门的" + what + "，" + department.shortName() + "的由其自行登记");
		}
		return department;
	}

	/** The active department of this code. */
	public OrgUnit department(String departmentCode) {
		if (departmentCode == null || departmentCode.isBlank()) {
			throw ApiProblem.badInput("departmentCode", "missing_department", "请选择部门");
		}
		return units.find(departmentCode.strip())
			.filter(u -> u.level() == UnitLevel.DEPARTMENT && u.active())
			.orElseThrow(() -> ApiProblem.badInput("departmentCode", "unknown_department",
					"“" + departmentCode.strip() + "”不是本区的部门"));
	}

	/** The department's name, or the code when it is not one (any more). */
	public String name(String departmentCode) {
		return units.find(departmentCode).map(OrgUnit::name).orElse(departmentCode);
	}
}
