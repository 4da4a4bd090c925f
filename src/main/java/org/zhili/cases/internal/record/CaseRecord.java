package org.zhili.cases.internal.record;

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
public final class CaseRecord {

	/** What the requester said and where, as registered. */
	public record Intake(org.zhili.cases.Channel channel, org.zhili.cases.CaseType type, String title, String description,
			String address, Double lng, Double lat, Territory territory, Requester requester, External external,
			Instant registeredAt, String registeredBy) {
	}

	/** Where the case lies in the org tree; {@code path} is the deepest unit's path (for scopes). */
	public record Territory(String streetCode, String communityCode, String gridCode, String path) {

		static final Territory NONE = new Territory(null, null, null, null);
	}

	/** Who asked. Name and phone are personal data: encrypted at rest, masked when shown. */
	public record Requester(String name, String phone, boolean anonymous, boolean confidential, boolean enterprise) {
	}

	/** A work order from another system (e.g. the city 12345 platform) with its own id and deadline. */
	public record External(String system, String id, Instant dueAt) {

		public static final External NONE = new External(null, null, null);
	}

	/** A unit involved in the case. */
	public record Involvement(String unitCode, String unitPath, Role role, int round, boolean active, Instant reportDueAt,
			Instant reportedAt, String reportText) {

		public enum Role {
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
	public static CaseRecord registered(long id, String trackingNumber, String queryCode, Intake intake, String categoryCode,
			Urgency urgency) {
		return new CaseRecord(id, trackingNumber, queryCode, intake, 1, CaseState.REGISTERED, null, null, null,
				categoryCode, urgency, null, null, false, 0, 0, null, null, null, null, null, null, null, null, null, null, 0,
				null, null, null, null, 0, List.of());
	}

	// ---- steps -------------------------------------------------------------------------------------

	/** 派单 / 指定 / 再交办: a lead unit (and co-units) with fresh deadlines. */
	public void dispatch(String unitCode, String unitPath, boolean designate, List<Involvement> coUnits, Deadline accept,
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

	public void accept(Instant at) {
		acceptedAt = at;
		state = CaseState.HANDLING;
	}

	public void request(PendingRequest request, String detail, TimeLimit limit) {
		pending = request;
		pendingDetail = detail;
		pendingLimit = limit;
	}

	public void clearPending() {
		pending = null;
		pendingDetail = null;
		pendingLimit = null;
	}

	/** An approved return: back to the dispatcher, the unit no longer involved. */
	public void returned() {
		returnCount++;
		units.replaceAll(u -> u.active() ? u.ended() : u);
		leadUnitCode = null;
		leadUnitPath = null;
		designated = false;
		accept = null;
		feedback = null;
		state = CaseState.REGISTERED;
	}

	public void whistle(List<Involvement> departments) {
		units.addAll(departments);
	}

	public void reportIn(String unitCode, Instant at, String text) {
		units.replaceAll(u -> u.active() && u.role() == Involvement.Role.WHISTLED && u.unitCode().equals(unitCode)
				&& u.reportedAt() == null ? u.reported(at, text) : u);
	}

	public void extend(Deadline extended) {
		feedback = extended;
	}

	/** A calendar correction moved one of the case's deadlines (a whistled unit's report for REPORT_IN). */
	public void recomputed(Stage stage, String unitCode, Deadline moved) {
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

	public void suspend(Instant at) {
		suspendedAt = at;
		state = CaseState.SUSPENDED;
	}

	/** Back to handling, the reply deadline moved by the time spent suspended. */
	public void resume(Deadline moved) {
		suspendedAt = null;
		feedback = moved;
		state = CaseState.HANDLING;
	}

	public void voided(Instant at) {
		closedAt = at;
		state = CaseState.VOIDED;
	}

	public void mergeInto(long master, Instant at) {
		masterCaseId = master;
		closedAt = at;
		state = CaseState.MERGED;
	}

	public void reply(ReplyResult result, String text, Instant at) {
		replyResult = result;
		replyText = text;
		repliedAt = at;
		state = CaseState.REPLIED;
	}

	/** The master's answer, copied to a case merged into it. */
	public void shareReply(ReplyResult result, String text, Instant at) {
		replyResult = result;
		replyText = text;
		repliedAt = at;
	}

	public void approveReply(Deadline callbackDeadline) {
		callback = callbackDeadline;
		state = CaseState.CALLBACK;
	}

	public void sendBack() {
		reworkCount++;
		state = CaseState.HANDLING;
	}

	public void unanswered() {
		callbackAttempts++;
	}

	public void rate(Boolean solved, Satisfaction satisfaction) {
		this.solved = solved;
		this.satisfaction = satisfaction;
		state = CaseState.RATED;
	}

	public void close(Instant at) {
		closedAt = at;
		state = CaseState.CLOSED;
	}

	/** 即时办结: the operator answered on the spot. */
	public void answerOnTheSpot(String text, Instant at) {
		replyResult = ReplyResult.SOLVED;
		replyText = text;
		repliedAt = at;
		closedAt = at;
		state = CaseState.CLOSED;
	}

	public void supervise(SupervisionLevel level) {
		if (supervision == null || level.compareTo(supervision) > 0) {
			supervision = level;
		}
	}

	public void reclassify(String category, Urgency urgency) {
		this.categoryCode = category;
		this.urgency = urgency;
	}

	// ---- reading -----------------------------------------------------------------------------------

	/** The deadline that is running now, if any. */
	public Optional<Deadline> runningDeadline() {
		return Optional.ofNullable(switch (state) {
			case DISPATCHED -> accept;
			case HANDLING, REPLIED -> feedback;
			case CALLBACK -> callback;
			default -> null;
		});
	}

	public Optional<Involvement> whistled(String unitCode) {
		return units.stream()
			.filter(u -> u.active() && u.role() == Involvement.Role.WHISTLED && u.unitCode().equals(unitCode))
			.findFirst();
	}

	public List<Involvement> activeUnits() {
		return units.stream().filter(Involvement::active).toList();
	}

	public long id() {
		return id;
	}

	public String trackingNumber() {
		return trackingNumber;
	}

	public String queryCode() {
		return queryCode;
	}

	public Intake intake() {
		return intake;
	}

	public int round() {
		return round;
	}

	public CaseState state() {
		return state;
	}

	public PendingRequest pending() {
		return pending;
	}

	public String pendingDetail() {
		return pendingDetail;
	}

	/** The extra time an extension asks for. */
	public TimeLimit pendingLimit() {
		return pendingLimit;
	}

	public String categoryCode() {
		return categoryCode;
	}

	public Urgency urgency() {
		return urgency;
	}

	public String leadUnitCode() {
		return leadUnitCode;
	}

	public String leadUnitPath() {
		return leadUnitPath;
	}

	public boolean designated() {
		return designated;
	}

	public int returnCount() {
		return returnCount;
	}

	public int reworkCount() {
		return reworkCount;
	}

	public Instant dispatchedAt() {
		return dispatchedAt;
	}

	public Instant acceptedAt() {
		return acceptedAt;
	}

	public Instant repliedAt() {
		return repliedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Instant suspendedAt() {
		return suspendedAt;
	}

	public Deadline accept() {
		return accept;
	}

	public Deadline feedback() {
		return feedback;
	}

	public Deadline callback() {
		return callback;
	}

	public ReplyResult replyResult() {
		return replyResult;
	}

	public String replyText() {
		return replyText;
	}

	public int callbackAttempts() {
		return callbackAttempts;
	}

	public Boolean solved() {
		return solved;
	}

	public Satisfaction satisfaction() {
		return satisfaction;
	}

	public SupervisionLevel supervision() {
		return supervision;
	}

	public Long masterCaseId() {
		return masterCaseId;
	}

	public int version() {
		return version;
	}

	public List<Involvement> units() {
		return List.copyOf(units);
	}
}
