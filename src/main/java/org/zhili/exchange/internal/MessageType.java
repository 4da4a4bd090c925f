package org.zhili.exchange.internal;

import java.util.List;

import org.zhili.exchange.CaseClosedV1;
import org.zhili.exchange.CaseDispatchedV1;
import org.zhili.exchange.CaseRegisteredV1;
import org.zhili.exchange.CaseReturnedV1;
import org.zhili.exchange.MediationFailedV1;
import org.zhili.exchange.PetitionRegisteredV1;
import org.zhili.exchange.StepRecordedV1;

/**
 * One kind of message the exchange sends: its name and version (the Kafka headers {@code zhili-type} and
 * {@code zhili-version}), its topic and the record its JSON is written from. A change a receiver could trip over
 * (a field removed, renamed or retyped) is a new version with a record and schema of its own; a field added is not.
 *
 * @param name e.g. {@code case.registered}
 * @param version from 1
 * @param topic the Kafka topic
 * @param shape the record written as the message's JSON
 */
record MessageType(String name, int version, String topic, Class<? extends Record> shape) {

	static final MessageType CASE_REGISTERED = new MessageType("case.registered", 1, "zhili.cases",
			CaseRegisteredV1.class);
	static final MessageType CASE_DISPATCHED = new MessageType("case.dispatched", 1, "zhili.cases",
			CaseDispatchedV1.class);
	static final MessageType CASE_RETURNED = new MessageType("case.returned", 1, "zhili.cases", CaseReturnedV1.class);
	static final MessageType CASE_CLOSED = new MessageType("case.closed", 1, "zhili.cases", CaseClosedV1.class);
	static final MessageType PETITION_REGISTERED = new MessageType("petition.registered", 1, "zhili.petitions",
			PetitionRegisteredV1.class);
	static final MessageType MEDIATION_FAILED = new MessageType("mediation.failed", 1, "zhili.disputes",
			MediationFailedV1.class);
	static final MessageType STEP_RECORDED = new MessageType("step.recorded", 1, "zhili.steps", StepRecordedV1.class);

	/** Every message the exchange sends. */
	static final List<MessageType> ALL = List.of(CASE_REGISTERED, CASE_DISPATCHED, CASE_RETURNED, CASE_CLOSED,
			PETITION_REGISTERED, MEDIATION_FAILED, STEP_RECORDED);

	/** The JSON Schema of its payload, on the class path. */
	String schemaPath() {
		return "exchange/schemas/" + name + ".v" + version + ".json";
	}
}
