package org.zhili.cases.internal.intake;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.EnterpriseRouting;
import org.zhili.cases.PublicRequests;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.handling.CaseMessage;
import org.zhili.org.OrgUnits;
import org.zhili.process.Inbox;

/**
 * 包联企业: a paired enterprise's new request goes straight to its official's unit, in the transaction that
 * registers it. The dispatch raises the case's version, so routing's automatic dispatch — announced the version
 * at registration — is refused afterwards and cannot send it elsewhere.
 */
@Component
class PairedDispatch {

	/** Who the timeline names for the dispatch. */
	static final String ACTOR = "system:enterprises";

	private final List<EnterpriseRouting> routing;
	private final ActionService actions;
	private final OrgUnits units;
	private final Inbox inbox;
	private final Clock clock;

	PairedDispatch(List<EnterpriseRouting> routing, ActionService actions, OrgUnits units, Inbox inbox, Clock clock) {
		this.routing = routing;
		this.actions = actions;
		this.units = units;
		this.inbox = inbox;
		this.clock = clock;
	}

	/** Dispatches the new case to the enterprise's paired official's unit, if it has one; answers the route taken. */
	Optional<EnterpriseRouting.Route> dispatch(long caseId, String trackingNumber, String title,
			PublicRequests.Enterprise enterprise) {
		Optional<EnterpriseRouting.Route> route = routing.stream()
			.flatMap(r -> r.routeFor(enterprise.creditCode()).stream())
			.filter(r -> canLead(r.unitCode()))
			.findFirst();
		route.ifPresent(r -> {
			String note = "包联企业诉求：" + enterprise.name() + " 的包联干部为 " + r.officialName() + "，直接派至其所在单位";
			actions.performFor(caseId, CaseAction.DISPATCH,
					new ActionInput(null, r.unitCode(), null, null, null, null, note, null, null, null, null, null, null,
							null, null, null),
					ACTOR, EnumSet.of(Party.DISPATCHER));
			inbox.post(CaseMessage.PAIRED.to(r.unitCode(), caseId, trackingNumber,
					"请包联干部 " + r.officialName() + " 跟进：" + enterprise.name() + "（包联企业）的诉求“" + title + "”",
					clock.instant()));
		});
		return route;
	}

	/** Checked before dispatching: a refused dispatch would leave the registering transaction to roll back. */
	private boolean canLead(String unitCode) {
		return units.find(unitCode).filter(CaseWorkflow::canHandle).isPresent();
	}
}
