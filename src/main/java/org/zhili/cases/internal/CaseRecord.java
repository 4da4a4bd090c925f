package org.zhili.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.cases.CaseState;
import org.zhili.cases.PendingRequest;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Satisfaction;
import org.zhili.process.SupervisionLevel;
import org.zhili.cases.Urgency;

/**
 * A case as it is stored: what was taken in (fixed) and where it stands (changed only through the
 * methods below, each of which is one step of {@link org.zhili.cases.CaseWorkflow}).
 */
final class CaseRecord {

	/** What the requester said and where, as registered. */
	record Intake(org.zhili.cases.Channel channel, org.zhili.cases.CaseType type, String title, String description,
			String address, Double lng, Double lat, Territory territory, Requester requester, External external,
			Instant registeredAt, String registeredBy) {
	}

	/** Where the case lies in the org tree; {@code path} is the deepest unit's path (for scopes). */
	record Territory(String streetCode, String communityCode, String gridCode, String path) {

		static final Territory NONE = new Territory(null, null, null, null);
	}

	/** Who asked. Name and phone are personal data: encrypted at rest, masked when shown. */
	record Requester(String name, String phone, boolean anonymous, boolean confidential, boolean enterprise) {
	}

	/** A work order from another system (e.g. the city 12345 platform) with its own id and deadline. */
	record External(String system, String id, Instant dueAt) {

		static final External NONE = new External(null, null, null);
	}

	/** A unit involved in the case. */
	record Involvement(String unitCode, String unitPath, Role role, int round, boolean active, Instant reportDueAt,
			Instant reportedAt, String reportText) {

		enum Role {
			LEAD, CO, WHISTLED
		}

		Involvement reported(Instant at, String text) {
			return new Involvement(unitCode, unitPath, role, round, active, reportDueAt, at, text);
		}

		Involvement ended() {
			return new Involvement(unitCode, unitPath, role, round, false, reportDueAt, reportedAt, reportText);
		}
	}

	private final long id;
	private final String trackingNumber;
	private final String queryCode;
	private final Intake intake;
	private int round;
	private CaseState state;
	private PendingRequest pending;
	private String pendingDetail;
	private TimeLimit pendingLimit;
	private String categoryCode;
	private Urgency urgency;
	private String leadUnitCode;
	private String leadUnitPath;
	private boolean designated;
	private int returnCount;
	private int reworkCount;
	private Instant dispatchedAt;
	private Instant acceptedAt;
	private Instant repliedAt;
	private Instant closedAt;
	private Instant suspendedAt;
	private Deadline accept;
	private Deadline feedback;
	private Deadline callback;
	private ReplyResult replyResult;
	private String replyText;
	private int callbackAttempts;
	private Boolean solved;
	private Satisfaction satisfaction;
	private SupervisionLevel supervision;
	private Long masterCaseId;
	private final int version;
	private final List<Involvement> units;

	CaseRecord(long id, String trackingNumber, String queryCode, Intake intake, int round, CaseState state,
			PendingRequest pending, String pendingDetail, TimeLimit pendingLimit, String categoryCode, Urgency urgency, String leadUnitCode,
			String leadUnitPath, boolean designated, int returnCount, int reworkCount, Instant dispatchedAt,
			Instant acceptedAt, Instant repliedAt, Instant closedAt, Instant suspendedAt, Deadline accept,
			Deadline feedback, Deadline callback, ReplyResult replyResult, String replyText, int callbackAttempts,
			Boolean solved, Satisfaction satisfaction, SupervisionLevel supervision, Long masterCaseId, int version,
			List<Involvement> units) {
		this.id = id;
		this.trackingNumber = trackingNumber;
		this.queryCode = queryCode;
		this.intake = intake;
		this.round = round;
		this.state = state;
		this.pending = pending;
		this.pendingDetail = pendingDetail;
		this.pendingLimit = pendingLimit;
		this.categoryCode = categoryCode;
		this.urgency = urgency;
		this.leadUnitCode = leadUnitCode;
		this.leadUnitPath = leadUnitPath;
		this.designated = designated;
		this.returnCount = returnCount;
		this.reworkCount = reworkCount;
		this.dispatchedAt = dispatchedAt;
		this.acceptedAt = acceptedAt;
		this.repliedAt = repliedAt;
		this.closedAt = closedAt;
		this.suspendedAt = suspendedAt;
		this.accept = accept;
		this.feedback = feedback;
		this.callback = callback;
		this.replyResult = replyResult;
		this.replyText = replyText;
		this.callbackAttempts = callbackAttempts;
		this.solved = solved;
		this.satisfaction = satisfaction;
		this.supervision = supervision;
		this.masterCaseId = masterCaseId;
		this.version = version;
		this.units = new ArrayList<>(units);
	}

	/** A case as registered, before anything else happened to it. */
	static CaseRecord registered(long id, String trackingNumber, String queryCode, Intake intake, String categoryCode,
			Urgency urgency) {
		return new CaseRecord(id, trackingNumber, queryCode, intake, 1, CaseState.REGISTERED, null, null, null,
				categoryCode, urgency, null, null, false, 0, 0, null, null, null, null, null, null, null, null, null, null, 0,
				null, null, null, null, 0, List.of());
	}

	// ---- steps -------------------------------------------------------------------------------------

	/** 派单 / 指定 / 再交办: a lead unit (and co-units) with fresh deadlines. */
	void dispatch(String unitCode, String unitPath, boolean designate, List<Involvement> coUnits, Deadline accept,
			Deadline feedback, Instant at, boolean newRound) {
		if (newRound) {
			round++;
			replyResult = null;
			replyText = null;
			repliedAt = null;
			callbackAttempts = 0;
			solved = null;
			satisfaction = null;
			callback = null;
		}
		units.replaceAll(u -> u.active() ? u.ended() : u);
		units.add(new Involvement(unitCode, unitPath, Involvement.Role.LEAD, round, true, null, null, null));
		units.addAll(coUnits);
		leadUnitCode = unitCode;
		leadUnitPath = unitPath;
		designated = designate;
		dispatchedAt = at;
		acceptedAt = null;
		this.accept = accept;
		this.feedback = feedback;
		state = CaseState.DISPATCHED;
	}

	void accept(Instant at) {
		acceptedAt = at;
		state = CaseState.HANDLING;
	}

	void request(PendingRequest request, String detail, TimeLimit limit) {
		pending = request;
		pendingDetail = detail;
		pendingLimit = limit;
	}

	void clearPending() {
		pending = null;
		pendingDetail = null;
		pendingLimit = null;
	}

	/** An approved return: back to the dispatcher, the unit no longer involved. */
	void returned() {
		returnCount++;
		units.replaceAll(u -> u.active() ? u.ended() : u);
		leadUnitCode = null;
		leadUnitPath = null;
		designated = false;
		accept = null;
		feedback = null;
		state = CaseState.REGISTERED;
	}

	void whistle(List<Involvement> departments) {
		units.addAll(departments);
	}

	void reportIn(String unitCode, Instant at, String text) {
		units.replaceAll(u -> u.active() && u.role() == Involvement.Role.WHISTLED && u.unitCode().equals(unitCode)
				&& u.reportedAt() == null ? u.reported(at, text) : u);
	}

	void extend(Deadline extended) {
		feedback = extended;
	}

	/** A calendar correction moved one of the case's deadlines (a whistled unit's report for REPORT_IN). */
	void recomputed(Stage stage, String unitCode, Deadline moved) {
		switch (stage) {
			case ACCEPT -> accept = moved;
			case FEEDBACK -> feedback = moved;
			case CALLBACK -> callback = moved;
			case REPORT_IN -> units.replaceAll(u -> u.active() && u.role() == Involvement.Role.WHISTLED
					&& u.unitCode().equals(unitCode) && u.reportedAt() == null
							? new Involvement(u.unitCode(), u.unitPath(), u.role(), u.round(), u.active(), moved.due(), null, null)
							: u);
		}
	}

	void suspend(Instant at) {
		suspendedAt = at;
		state = CaseState.SUSPENDED;
	}

	/** Back to handling, the reply deadline moved by the time spent suspended. */
	void resume(Deadline moved) {
		suspendedAt = null;
		feedback = moved;
		state = CaseState.HANDLING;
	}

	void voided(Instant at) {
		closedAt = at;
		state = CaseState.VOIDED;
	}

	void mergeInto(long master, Instant at) {
		masterCaseId = master;
		closedAt = at;
		state = CaseState.MERGED;
	}

	void reply(ReplyResult result, String text, Instant at) {
		replyResult = result;
		replyText = text;
		repliedAt = at;
		state = CaseState.REPLIED;
	}

	/** The master's answer, copied to a case merged into it. */
	void shareReply(ReplyResult result, String text, Instant at) {
		replyResult = result;
		replyText = text;
		repliedAt = at;
	}

	void approveReply(Deadline callbackDeadline) {
		callback = callbackDeadline;
		state = CaseState.CALLBACK;
	}

	void sendBack() {
		reworkCount++;
		state = CaseState.HANDLING;
	}

	void unanswered() {
		callbackAttempts++;
	}

	void rate(Boolean solved, Satisfaction satisfaction) {
		this.solved = solved;
		this.satisfaction = satisfaction;
		state = CaseState.RATED;
	}

	void close(Instant at) {
		closedAt = at;
		state = CaseState.CLOSED;
	}

	/** 即时办结: the operator answered on the spot. */
	void answerOnTheSpot(String text, Instant at) {
		replyResult = ReplyResult.SOLVED;
		replyText = text;
		repliedAt = at;
		closedAt = at;
		state = CaseState.CLOSED;
	}

	void supervise(SupervisionLevel level) {
		if (supervision == null || level.compareTo(supervision) > 0) {
			supervision = level;
		}
	}

	void reclassify(String category, Urgency urgency) {
		this.categoryCode = category;
		this.urgency = urgency;
	}

	// ---- reading -----------------------------------------------------------------------------------

	/** The deadline that is running now, if any. */
	Optional<Deadline> runningDeadline() {
		return Optional.ofNullable(switch (state) {
			case DISPATCHED -> accept;
			case HANDLING, REPLIED -> feedback;
			case CALLBACK -> callback;
			default -> null;
		});
	}

	Optional<Involvement> whistled(String unitCode) {
		return units.stream()
			.filter(u -> u.active() && u.role() == Involvement.Role.WHISTLED && u.unitCode().equals(unitCode))
			.findFirst();
	}

	List<Involvement> activeUnits() {
		return units.stream().filter(Involvement::active).toList();
	}

	long id() {
		return id;
	}

	String trackingNumber() {
		return trackingNumber;
	}

	String queryCode() {
		return queryCode;
	}

	Intake intake() {
		return intake;
	}

	int round() {
		return round;
	}

	CaseState state() {
		return state;
	}

	PendingRequest pending() {
		return pending;
	}

	String pendingDetail() {
		return pendingDetail;
	}

	/** The extra time an extension asks for. */
	TimeLimit pendingLimit() {
		return pendingLimit;
	}

	String categoryCode() {
		return categoryCode;
	}

	Urgency urgency() {
		return urgency;
	}

	String leadUnitCode() {
		return leadUnitCode;
	}

	String leadUnitPath() {
		return leadUnitPath;
	}

	boolean designated() {
		return designated;
	}

	int returnCount() {
		return returnCount;
	}

	int reworkCount() {
		return reworkCount;
	}

	Instant dispatchedAt() {
		return dispatchedAt;
	}

	Instant acceptedAt() {
		return acceptedAt;
	}

	Instant repliedAt() {
		return repliedAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	Instant suspendedAt() {
		return suspendedAt;
	}

	Deadline accept() {
		return accept;
	}

	Deadline feedback() {
		return feedback;
	}

	Deadline callback() {
		return callback;
	}

	ReplyResult replyResult() {
		return replyResult;
	}

	String replyText() {
		return replyText;
	}

	int callbackAttempts() {
		return callbackAttempts;
	}

	Boolean solved() {
		return solved;
	}

	Satisfaction satisfaction() {
		return satisfaction;
	}

	SupervisionLevel supervision() {
		return supervision;
	}

	Long masterCaseId() {
		return masterCaseId;
	}

	int version() {
		return version;
	}

	List<Involvement> units() {
		return List.copyOf(units);
	}
}
