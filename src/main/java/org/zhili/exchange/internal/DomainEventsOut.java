package org.zhili.exchange.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhili.cases.CaseClosed;
import org.zhili.cases.CaseDispatched;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseReturned;
import org.zhili.cases.CasesRegistered;
import org.zhili.disputes.MediationFailed;
import org.zhili.exchange.CaseClosedV1;
import org.zhili.exchange.CaseDispatchedV1;
import org.zhili.exchange.CaseRegisteredV1;
import org.zhili.exchange.CaseReturnedV1;
import org.zhili.exchange.MediationFailedV1;
import org.zhili.exchange.PetitionRegisteredV1;
import org.zhili.exchange.StepRecordedV1;
import org.zhili.petitions.PetitionRegistered;
import org.zhili.process.StepRecorded;

/**
 * The domain events the exchange hears, each turned into its message and written to the outbox in the transaction
 * that published it: an event is in the outbox exactly when it happened, and a rolled-back one is not. Each message
 * takes only what every receiver may see (no requester, text, address, point, phone or building); an event without
 * its own time is stamped with the time it was heard, in its transaction.
 */
@Component
class DomainEventsOut {

	private final Outbox outbox;
	private final Clock clock;

	DomainEventsOut(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The cases committed together: one message each, in one write (intake's group commit waits for it). */
	@EventListener
	void on(CasesRegistered event) {
		List<OutboxMessage> messages = new ArrayList<>(event.cases().size());
		for (CaseRegistered c : event.cases()) {
			if (c.withoutText()) {
				continue; // only an earlier version's stored events lack the time; intake never publishes one
			}
			messages.add(new OutboxMessage(MessageType.CASE_REGISTERED, key(c.caseId()),
					new CaseRegisteredV1(c.caseId(), c.trackingNumber(), name(c.type()), c.categoryCode(), name(c.channel()),
							c.streetCode(), c.communityCode(), c.gridCode(), name(c.state()), c.registeredAt()),
					c.registeredAt()));
		}
		outbox.add(messages);
	}

	@EventListener
	void on(CaseDispatched event) {
		var at = clock.instant();
		outbox.add(List.of(new OutboxMessage(MessageType.CASE_DISPATCHED, key(event.caseId()),
				new CaseDispatchedV1(event.caseId(), event.round(), event.leadUnitCode(), event.categoryCode(), at), at)));
	}

	@EventListener
	void on(CaseReturned event) {
		var at = clock.instant();
		outbox.add(List.of(new OutboxMessage(MessageType.CASE_RETURNED, key(event.caseId()),
				new CaseReturnedV1(event.caseId(), event.unitCode(), at), at)));
	}

	@EventListener
	void on(CaseClosed event) {
		var at = clock.instant();
		outbox.add(List.of(new OutboxMessage(MessageType.CASE_CLOSED, key(event.caseId()),
				new CaseClosedV1(event.caseId(), name(event.state()), name(event.satisfaction()), at), at)));
	}

	@EventListener
	void on(PetitionRegistered event) {
		outbox.add(List.of(new OutboxMessage(MessageType.PETITION_REGISTERED, key(event.petitionId()),
				new PetitionRegisteredV1(event.petitionId(), event.trackingNumber(), event.streetCode(), event.groupSize(),
						event.at()),
				event.at())));
	}

	@EventListener
	void on(MediationFailed event) {
		outbox.add(List.of(new OutboxMessage(MessageType.MEDIATION_FAILED, key(event.disputeId()),
				new MediationFailedV1(event.disputeId(), event.reference(), event.streetCode(), event.at()), event.at())));
	}

	/** Every loop on the kit, in one message type: its steps as the whole-process record keeps them. */
	@EventListener
	void on(StepRecorded event) {
		outbox.add(List.of(new OutboxMessage(MessageType.STEP_RECORDED, event.loop() + ":" + event.itemId(),
				new StepRecordedV1(event.loop(), event.itemId(), event.action(), event.unitCode(), event.at()),
				event.at())));
	}

	private static String key(long id) {
		return Long.toString(id);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
