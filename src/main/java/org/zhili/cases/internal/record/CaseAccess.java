package org.zhili.cases.internal.record;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.Permission;

/**
 * Who sees a case and in which capacity they act on it. A case is visible when its location lies in the
 * viewer's scope or a unit involved in it (now or before) does; the same rule is the SQL of every list.
 */
@Component
public class CaseAccess {

	/** The SQL form of {@link #visible}, for {@code cases.case_record c} and a {@code :scope} LIKE pattern. */
	public static final String VISIBLE_SQL = """
			(c.territory_path like :scope or exists (select 1 from cases.case_unit u
			   where u.case_id = c.id and u.unit_path like :scope))""";

	public boolean visible(DataScope scope, CaseRecord c) {
		if (c.intake().territory().path() != null && scope.covers(c.intake().territory().path())) {
			return true;
		}
		return c.units().stream().anyMatch(u -> scope.covers(u.unitPath()));
	}

	public Set<Party> parties(Actor actor, CaseRecord c) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		if (actor.has(Permission.CASE_DISPATCH)) {
			parties.add(Party.DISPATCHER);
		}
		if (actor.has(Permission.CASE_INTAKE)) {
			parties.add(Party.INTAKE);
		}
		if (actor.has(Permission.CASE_CALLBACK)) {
			parties.add(Party.CALLBACK);
		}
		if (actor.has(Permission.CASE_SUPERVISE)) {
			parties.add(Party.SUPERVISOR);
		}
		if (actor.has(Permission.CASE_HANDLE)) {
			DataScope scope = actor.scope();
			if (c.leadUnitPath() != null && scope.covers(c.leadUnitPath())) {
				parties.add(Party.LEAD_UNIT);
			}
			for (CaseRecord.Involvement u : c.activeUnits()) {
				if (scope.covers(u.unitPath())) {
					parties.add(Party.INVOLVED_UNIT);
					if (u.role() == CaseRecord.Involvement.Role.WHISTLED && u.reportedAt() == null) {
						parties.add(Party.WHISTLED_UNIT);
					}
				}
			}
		}
		return parties;
	}

	/** The involved unit an actor acts for: the lead unit if theirs, else a whistled or co-unit of theirs. */
	public String actingUnit(Actor actor, CaseRecord c) {
		if (c.leadUnitPath() != null && actor.scope().covers(c.leadUnitPath())) {
			return c.leadUnitCode();
		}
		return c.activeUnits()
			.stream()
			.filter(u -> actor.scope().covers(u.unitPath()))
			.map(CaseRecord.Involvement::unitCode)
			.findFirst()
			.orElse(actor.scope().unitCode());
	}
}
