package org.zhili.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseClosed;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.CasesRegistered;
import org.zhili.cases.Channel;
import org.zhili.cases.Light;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditOutcome;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Role;
import org.zhili.org.Gcj02;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.GroupCommit;
import org.zhili.platform.IdempotencyKey;

/**
 * Takes cases in: checks every field (and names each one that is wrong), locates the point in the org
 * tree, numbers the case, and registers it — or closes it at once when a consultation was answered on the
 * spot (即时办结). Cases registered at the same moment by different requests are written in one transaction
 * ({@link GroupCommit}): under a flood the database flushes its log once for many of them, and each kind of row
 * is written in one statement. A create's {@code Idempotency-Key} is looked up and written in that same
 * transaction ({@link IntakeKeys}): a retry gets the case its key registered.
 */
@Service
class IntakeService implements CaseIntake {

	static final int MAX_DESCRIPTION = 4000;
	/** Enough to carry a flood of registrations in few commits, small enough to keep each one short. */
	private static final int MAX_CASES_PER_COMMIT = 64;
	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{3,8}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseRepository cases;
	private final IntakeKeys keys;
	private final CaseEvents timeline;
	private final Categories categories;
	private final Locator locator;
	private final OrgUnits units;
	private final UnitStats stats;
	private final CaseViews views;
	private final CasesProperties properties;
	private final ApplicationEventPublisher publisher;
	private final AuditTrail audit;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final GroupCommit<Draft, Committed> registrations;
	private volatile String districtPath;

	IntakeService(CaseRepository cases, IntakeKeys keys, CaseEvents timeline, Categories categories, Locator locator,
			OrgUnits units, UnitStats stats, CaseViews views, CasesProperties properties,
			ApplicationEventPublisher publisher, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.cases = cases;
		this.keys = keys;
		this.timeline = timeline;
		this.categories = categories;
		this.locator = locator;
		this.units = units;
		this.stats = stats;
		this.views = views;
		this.properties = properties;
		this.publisher = publisher;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.registrations = new GroupCommit<>(transactions, this::writeAll, MAX_CASES_PER_COMMIT);
	}

	@Override
	public Registration register(NewCase request, String idempotencyKey, Actor actor) {
		Checked checked = check(request, actor);
		// The request as understood (a record's text names every field), not as spelled in JSON.
		String fingerprint = idempotencyKey == null ? null
				: IdempotencyKey.fingerprint("POST case", request.toString().getBytes(StandardCharsets.UTF_8));
		IntakeKeys.Sent sent = idempotencyKey == null ? null : new IntakeKeys.Sent(actor.username(), idempotencyKey);
		if (checked.external().id() != null) {
			// A work order sent again: with its key it gets what the first request got, without, the case it made.
			Optional<Registration> earlier = sent == null ? Optional.empty()
					: keys.find(sent).map(known -> replay(known, fingerprint, actor));
			if (earlier.isPresent()) {
				return earlier.get();
			}
			Optional<Long> known = cases.findIdByExternal(checked.external().system(), checked.external().id());
			if (known.isPresent()) {
				return new Registration(views.of(cases.find(known.get()).orElseThrow(), actor, true),
						Outcome.KNOWN_WORK_ORDER);
			}
		}
		// Microseconds, as stored: the answer shows the same instants as a later read.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		CaseRecord.Intake intake = new CaseRecord.Intake(checked.channel(), request.type(), checked.title(),
				checked.description(), blankToNull(request.address()), checked.lng(), checked.lat(), checked.territory(),
				new CaseRecord.Requester(blankToNull(request.requesterName()), blankToNull(request.requesterPhone()),
						request.anonymous(), request.confidential(), request.enterprise()),
				checked.external(), now, actor.username());
		String answer = blankToNull(request.answer());
		Draft draft = new Draft(intake, request.categoryCode(), checked.urgency(), queryCode(), actor.scope().unitCode(),
				audit.origin(), (answer != null ? "受理并即时办结：" : "受理：") + checked.title(), sent, fingerprint);
		try {
			if (answer != null) {
				return transactions.execute(tx -> answerOnTheSpot(draft, answer, actor));
			}
			// Inside a caller's transaction the case commits with it; otherwise with whatever else is being registered.
			Committed committed = registrations.write(draft);
			if (committed instanceof Replayed replayed) {
				return replay(replayed.earlier(), fingerprint, actor);
			}
			Written written = (Written) committed;
			// The view is built from what was just written, not read back: nothing else can have changed it yet.
			return new Registration(views.of(written.kase(), actor, List.of(written.firstStep()), List.of()),
					Outcome.REGISTERED);
		}
		catch (IntakeKeys.Taken taken) {
			// The same key came twice at once, and the other request registered its case first.
			return keys.find(sent).map(known -> replay(known, fingerprint, actor)).orElseThrow(() -> taken);
		}
	}

	/** The case registered before under the request's key, when the request is the same; 422 when it is another. */
	private Registration replay(IntakeKeys.Known earlier, String fingerprint, Actor actor) {
		if (!earlier.requestHash().equals(fingerprint)) {
			throw IdempotencyKey.reused();
		}
		return new Registration(views.of(cases.find(earlier.caseId()).orElseThrow(), actor, true),
				Outcome.REPEATED_REQUEST);
	}

	/** A checked, located new case ready to be written, with who registers it and the request's key, if any. */
	private record Draft(CaseRecord.Intake intake, String categoryCode, Urgency urgency, String queryCode,
			String actorUnit, AuditTrail.Origin origin, String auditDetail, IntakeKeys.Sent key, String fingerprint) {
	}

	/** What became of a draft: its case written now, or found registered before under the same key. */
	private sealed interface Committed permits Written, Replayed {
	}

	/** A case as written: the case, its first step and what is announced of it. */
	private record Written(CaseRecord kase, CaseEvents.Event firstStep, CaseRegistered event) implements Committed {
	}

	/** A retried request: the case its key registered before. */
	private record Replayed(IntakeKeys.Known earlier) implements Committed {
	}

	/** Writes new cases in the current transaction, and announces them in one event. */
	private List<Committed> writeAll(List<Draft> drafts) {
		UnitStats.Tally tally = new UnitStats.Tally();
		List<Committed> committed = insert(drafts, tally);
		List<CaseRegistered> registered = new ArrayList<>(committed.size());
		for (Committed c : committed) {
			if (c instanceof Written w) {
				registered.add(w.event());
			}
		}
		if (!registered.isEmpty()) {
			publisher.publishEvent(new CasesRegistered(registered));
		}
		// Counters last: their rows are shared by every case of the street and day, so their locks are held
		// only from here to the commit.
		stats.write(tally);
		return committed;
	}

	/**
	 * Registers the drafts, except those whose key registered a case before: their requests are retries. The keys
	 * are looked up here, in one query for all the drafts, rather than once per request before.
	 */
	private List<Committed> insert(List<Draft> drafts, UnitStats.Tally tally) {
		Map<IntakeKeys.Sent, IntakeKeys.Known> earlier = keys.findAll(
				drafts.stream().map(Draft::key).filter(Objects::nonNull).toList());
		List<Written> written = write(drafts.stream().filter(d -> !earlier.containsKey(d.key())).toList(), tally);
		List<Committed> committed = new ArrayList<>(drafts.size());
		int next = 0;
		for (Draft d : drafts) {
			IntakeKeys.Known known = earlier.get(d.key());
			committed.add(known != null ? new Replayed(known) : written.get(next++));
		}
		return committed;
	}

	/**
	 * Writes new cases with their keys, first steps and audit records: one statement for each, whatever the number
	 * of cases (under a flood, round trips to the database would cost more than the rows).
	 */
	private List<Written> write(List<Draft> drafts, UnitStats.Tally tally) {
		List<CaseRecord> inserted = cases.register(properties.trackingPrefix(), drafts.stream()
			.map(d -> new CaseRepository.Registering(d.queryCode(), d.intake(), d.categoryCode(), d.urgency()))
			.toList());
		List<IntakeKeys.Recorded> keyed = new ArrayList<>();
		List<CaseEvents.Event> firstSteps = new ArrayList<>(drafts.size());
		List<AuditTrail.Entry> audited = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			Draft d = drafts.get(i);
			CaseRecord kase = inserted.get(i);
			CaseRecord.Intake intake = d.intake();
			Instant now = intake.registeredAt();
			if (d.key() != null) {
				keyed.add(new IntakeKeys.Recorded(d.key(), d.fingerprint(), kase.id(), now));
			}
			String street = intake.territory().streetCode();
			tally.add(street != null ? street : d.actorUnit(), now, Counter.RECEIVED);
			firstSteps.add(new CaseEvents.Event(0, kase.id(), 1, CaseAction.REGISTER, null, CaseState.REGISTERED,
					intake.registeredBy(), d.actorUnit(), street, now, null, Light.NONE, null));
			audited.add(new AuditTrail.Entry(d.origin(), "cases.case.registered", kase.trackingNumber(),
					AuditOutcome.SUCCESS, d.auditDetail()));
		}
		keys.recordAll(keyed);
		List<CaseEvents.Event> steps = timeline.recordAll(firstSteps);
		audit.recordAll(audited);
		List<Written> written = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			CaseRecord kase = inserted.get(i);
			written.add(new Written(kase, steps.get(i), new CaseRegistered(kase.id(), kase.trackingNumber(),
					kase.categoryCode(), kase.intake().territory().streetCode(), kase.intake().channel(),
					kase.intake().title(), kase.intake().description(), kase.intake().territory().communityCode(),
					kase.intake().territory().gridCode(), kase.intake().lng(), kase.intake().lat(),
					kase.intake().registeredAt(), kase.state(), kase.version())));
		}
		return written;
	}

	/** A consultation answered on the spot (rare): registered and closed in one transaction, read back as stored. */
	private Registration answerOnTheSpot(Draft draft, String answer, Actor actor) {
		UnitStats.Tally tally = new UnitStats.Tally();
		Committed committed = insert(List.of(draft), tally).get(0);
		if (committed instanceof Replayed replayed) {
			return replay(replayed.earlier(), draft.fingerprint(), actor);
		}
		Written written = (Written) committed;
		publisher.publishEvent(new CasesRegistered(List.of(written.event().answeredOnTheSpot())));
		Instant now = draft.intake().registeredAt();
		long id = written.kase().id();
		CaseRecord kase = cases.find(id).orElseThrow();
		kase.answerOnTheSpot(answer, now);
		cases.update(kase, null, null);
		timeline.recordAll(List.of(new CaseEvents.Event(0, id, 1, CaseAction.ANSWER, CaseState.REGISTERED,
				CaseState.CLOSED, actor.username(), draft.actorUnit(), null, now, answer, Light.NONE, null)));
		tally.add(draft.actorUnit(), now, Counter.DIRECT_ANSWERED);
		publisher.publishEvent(new CaseClosed(id, CaseState.CLOSED, null));
		stats.write(tally);
		return new Registration(views.of(cases.find(id).orElseThrow(), actor, true), Outcome.REGISTERED);
	}

	/** Everything derived from a request that passed its checks. */
	private record Checked(Channel channel, Urgency urgency, String title, String description, Double lng, Double lat,
			CaseRecord.Territory territory, CaseRecord.External external) {
	}

	/** The district's path: the root of the tree, which never moves; read once. */
	private String districtPath() {
		String path = districtPath;
		if (path == null) {
			path = units.district().path();
			districtPath = path;
		}
		return path;
	}

	private Checked check(NewCase r, Actor actor) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		if (r.type() == null) {
			errors.add(new ApiProblem.FieldError("type", "请选择诉求类型：咨询、求助、投诉、举报、建议或表扬"));
		}
		String description = r.description() == null ? "" : r.description().strip();
		if (description.isEmpty()) {
			errors.add(new ApiProblem.FieldError("description", "请填写诉求内容"));
		}
		else if (description.length() > MAX_DESCRIPTION) {
			errors.add(new ApiProblem.FieldError("description", "诉求内容最多 " + MAX_DESCRIPTION + " 字"));
		}
		String title = r.title() == null || r.title().isBlank() ? titleOf(description) : r.title().strip();
		if (title.length() > 100) {
			errors.add(new ApiProblem.FieldError("title", "标题最多 100 字"));
		}
		if (r.address() != null && r.address().strip().length() > 200) {
			errors.add(new ApiProblem.FieldError("address", "地址最多 200 字"));
		}
		if (r.categoryCode() != null && categories.find(r.categoryCode()).filter(Category::active).isEmpty()) {
			errors.add(new ApiProblem.FieldError("categoryCode", "分类 " + r.categoryCode() + " 不存在或已停用"));
		}
		String phone = blankToNull(r.requesterPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			errors.add(new ApiProblem.FieldError("requesterPhone", "电话须为 11 位手机号、带区号的固定电话或短号"));
		}
		if (r.requesterName() != null && r.requesterName().strip().length() > 50) {
			errors.add(new ApiProblem.FieldError("requesterName", "姓名最多 50 字"));
		}
		if (phone == null && !r.anonymous() && channelOf(r, actor) == Channel.HOTLINE) {
			errors.add(new ApiProblem.FieldError("requesterPhone", "热线来电须记录来电号码（匿名来电请勾选匿名）"));
		}
		if (r.answer() != null && !r.answer().isBlank()) {
			if (r.type() != null && r.type() != CaseType.CONSULTATION) {
				errors.add(new ApiProblem.FieldError("answer", "只有咨询类诉求可以即时办结"));
			}
			if (r.answer().strip().length() > MAX_DESCRIPTION) {
				errors.add(new ApiProblem.FieldError("answer", "答复最多 " + MAX_DESCRIPTION + " 字"));
			}
		}
		CaseRecord.External external = external(r, errors);
		Double lng = r.lng();
		Double lat = r.lat();
		CaseRecord.Territory territory = null;
		if ((lng == null) != (lat == null)) {
			errors.add(new ApiProblem.FieldError(lng == null ? "lng" : "lat", "经度和纬度须同时填写"));
		}
		else if (lng != null) {
			if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
				errors.add(new ApiProblem.FieldError("lng", "经度须在 -180 到 180 之间"));
			}
			else if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
				errors.add(new ApiProblem.FieldError("lat", "纬度须在 -90 到 90 之间"));
			}
			else {
				if (r.gcj02()) {
					Gcj02.LngLat wgs = Gcj02.toWgs84(lng, lat);
					lng = wgs.lng();
					lat = wgs.lat();
				}
				Optional<Location> location = locator.locate(lng, lat);
				if (location.isEmpty()) {
					errors.add(new ApiProblem.FieldError("lng", "该位置不在" + units.district().shortName() + "范围内"));
				}
				else {
					Location l = location.get();
					territory = new CaseRecord.Territory(code(l.street()), code(l.community()), code(l.grid()), l.path());
				}
			}
		}
		if (territory == null) {
			// Without a point the case belongs to the district as a whole until it is dispatched.
			territory = new CaseRecord.Territory(null, null, null, districtPath());
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		return new Checked(channelOf(r, actor), r.urgency() == null ? Urgency.ORDINARY : r.urgency(), title, description,
				lng, lat, territory, external);
	}

	private static CaseRecord.External external(NewCase r, List<ApiProblem.FieldError> errors) {
		String system = blankToNull(r.externalSystem());
		String id = blankToNull(r.externalId());
		if ((system == null) != (id == null)) {
			errors.add(new ApiProblem.FieldError(system == null ? "externalSystem" : "externalId", "外部系统和外部编号须同时填写"));
			return CaseRecord.External.NONE;
		}
		if (system != null && (system.length() > 32 || id.length() > 64)) {
			errors.add(new ApiProblem.FieldError("externalId", "外部系统名最多 32 个字符，外部编号最多 64 个字符"));
		}
		return system == null ? CaseRecord.External.NONE : new CaseRecord.External(system, id, r.externalDueAt());
	}

	/** The channel given, or the one the registering account implies. */
	private static Channel channelOf(NewCase r, Actor actor) {
		if (r.channel() != null) {
			return r.channel();
		}
		if (r.externalSystem() != null && !r.externalSystem().isBlank()) {
			return "CITY_12345".equals(r.externalSystem()) ? Channel.CITY_12345 : Channel.API;
		}
		if (actor.hasRole(Role.GRID_WORKER)) {
			return Channel.GRID_PATROL;
		}
		return actor.hasRole(Role.INTEGRATION) ? Channel.API : Channel.HOTLINE;
	}

	private static String titleOf(String description) {
		String firstLine = description.lines().findFirst().orElse("").strip();
		return firstLine.length() > 30 ? firstLine.substring(0, 30) + "…" : firstLine;
	}

	/** Six random digits (without a format string: parsing one costs more than the rest of this). */
	private static String queryCode() {
		String digits = Integer.toString(RANDOM.nextInt(1_000_000));
		return "000000".substring(digits.length()) + digits;
	}

	private static String code(Location.Place place) {
		return place == null ? null : place.code();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
