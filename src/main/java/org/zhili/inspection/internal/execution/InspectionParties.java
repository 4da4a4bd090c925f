package org.zhili.inspection.internal.execution;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.internal.DistrictWide;
import org.zhili.inspection.internal.plans.InspectionTask;

/** Who the actor is to an inspection: one of its seated inspectors, the other one, its reviewer, its department. */
@Component
class InspectionParties {

	/** The actor with the inspector record it signs in as (if any), looked up once for a whole list. */
	record Reader(Actor actor, Long inspectorId) {

		boolean seatedAt(InspectionStore.Row row) {
			return inspectorId != null && row.inspectorIds().contains(inspectorId);
		}
	}

	private final Inspectors inspectors;
	private final DistrictWide districtWide;

	InspectionParties(Inspectors inspectors, DistrictWide districtWide) {
		this.inspectors = inspectors;
		this.districtWide = districtWide;
	}

	Reader reader(Actor actor) {
		return new Reader(actor, inspectors.byUsername(actor.username()).map(Inspectors.Inspector::id).orElse(null));
	}

	Set<InspectionWorkflow.Party> of(Reader reader, InspectionTask task, InspectionStore.Row row) {
		Actor actor = reader.actor();
		Set<InspectionWorkflow.Party> parties = EnumSet.noneOf(InspectionWorkflow.Party.class);
		if (actor.has(Permission.INSPECTION_EXECUTE) && reader.seatedAt(row)) {
			parties.add(InspectionWorkflow.Party.INSPECTOR);
			if (!actor.username().equals(row.recordedBy())) {
				parties.add(InspectionWorkflow.Party.OTHER_INSPECTOR);
			}
		}
		boolean ofLeadDepartment = task.leadDepartment().equals(actor.scope().unitCode());
		if (ofLeadDepartment && actor.has(Permission.INSPECTION_LEGAL_REVIEW)) {
			parties.add(InspectionWorkflow.Party.LEGAL_REVIEWER);
		}
		if (ofLeadDepartment && actor.has(Permission.INSPECTION_MANAGE)) {
			parties.add(InspectionWorkflow.Party.DEPARTMENT);
		}
		return parties;
	}

	/** The task's departments, its seated inspectors and the district-wide offices see an inspection. */
	boolean maySee(Reader reader, InspectionTask task, InspectionStore.Row row) {
		return districtWide.reads(reader.actor()) || task.involves(reader.actor().scope().unitCode()) || reader.seatedAt(row);
	}
}
