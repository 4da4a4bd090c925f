package org.zhili.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as a person or program sees it: personal data masked, the deadlines with their lights, the
 * timeline, and what the viewer may do next.
 */
public record CaseView(long id, String trackingNumber, int round, State state, Labelled pending, String pendingDetail,
		Labelled channel, Labelled type, CategoryRef category, Labelled urgency, String title, String description,
		String address, Point location, Territory territory, Requester requester, Unit leadUnit,
		Unit suggestedLeadUnit, boolean designated, List<Involvement> units, int returnCount, int reworkCount,
		Deadlines deadlines, Labelled light, Reply reply, Callback callback, Labelled supervision, Long masterCaseId,
		External external, Instant registeredAt, String registeredBy, Instant dispatchedAt, Instant acceptedAt,
		Instant closedAt, int version, List<String> allowedActions, List<TimelineEntry> timeline,
		List<Attachment> attachments) {

	/** A code with its Chinese label. */
	public record Labelled(String code, String label) {

		public static Labelled of(Enum<?> value, String label) {
			return value == null ? null : new Labelled(value.name(), label);
		}
	}

	public record State(String code, String label, boolean terminal) {
	}

	public record CategoryRef(String code, String name, String fullName) {
	}

	public record Point(double lng, double lat) {
	}

	public record Unit(String code, String name) {
	}

	public record Territory(Unit street, Unit community, Unit grid) {
	}

	/** Masked unless the viewer revealed it; for confidential reports only the command centre sees it at all. */
	public record Requester(String name, String phone, boolean anonymous, boolean confidential, boolean enterprise) {
	}

	public record Involvement(Unit unit, String role, int round, boolean active, Instant reportDueAt,
			Instant reportedAt, String report) {
	}

	public record Deadline(String stage, Instant start, Instant dueAt, String limit, Labelled light) {
	}

	public record Deadlines(Deadline accept, Deadline feedback, Deadline callback, Instant externalDueAt) {
	}

	public record Reply(Labelled result, String text, Instant at) {
	}

	public record Callback(int attempts, Boolean solved, Labelled satisfaction) {
	}

	public record External(String system, String id) {
	}

	public record TimelineEntry(long id, int round, String action, String actionLabel, String fromState, String toState,
			String actor, Unit actorUnit, Unit unit, Instant at, String note, Labelled light) {
	}

	public record Attachment(long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
			Instant uploadedAt) {
	}
}
