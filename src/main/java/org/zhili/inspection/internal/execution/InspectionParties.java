package org.zhili.inspection.internal.execution;

import java.util.EnumSet;
import java.util.Optional;
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

	private final Inspectors inspectors;
	private final DistrictWide districtWide;

	InspectionParties(Inspectors inspectors, DistrictWide districtWide) {
		this.inspectors = inspectors;
		this.districtWide = districtWide;
	}

	Set<InspectionWorkflow.Party> of(Actor actor, InspectionTask task, InspectionStore.Row row) {
		Set<InspectionWorkflow.Party> parties = EnumSet.noneOf(InspectionWorkflow.Party.class);
		if (actor.has(Permission.INSPECTION_EXECUTE) && seated(actor, row).isPresent()) {
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
	boolean maySee(Actor actor, InspectionTask task, InspectionStore.Row row) {
		return districtWide.reads(actor) || task.involves(actor.scope().unitCode()) || seated(actor, row).isPresent();
	}

	private Optional<Inspectors.Inspector> seated(Actor actor, InspectionStore.Row row) {
		return inspectors.byUsername(actor.username()).filter(i -> row.inspectorIds().contains(i.id()));
	}
}
