package org.zhili.cases.internal.intake;

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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseClosed;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseState;
import org.zhili.cases.CasesRegistered;
import org.zhili.cases.Light;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.record.CaseEvents;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.cases.internal.stats.PlaceStats;
import org.zhili.cases.internal.stats.UnitStats;
import org.zhili.cases.internal.views.CaseViews;
import org.zhili.identity.Actor;
import org.zhili.org.AddressKey;
import org.zhili.identity.AuditOutcome;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.GroupCommit;
import org.zhili.platform.IdempotencyKey;

/**
 * Takes cases in: has {@link IntakeChecks} check and locate the request, numbers the case, and registers it — or closes it at once when a consultation was answered on the
 * spot (即时办结). Cases registered at the same moment by different requests are written in one transaction
 * ({@link GroupCommit}): under a flood the database flushes its log once for many of them, and each kind of row
 * is written in one statement. A create's {@code Idempotency-Key} is looked up and written in that same
 * transaction ({@link IntakeKeys}): a retry gets the case its key registered.
 */
@Service
public class IntakeService implements CaseIntake {

	public static final int MAX_DESCRIPTION = 4000;
	/** Enough to carry a flood of registrations in few commits, small enough to keep each one short. */
	private static final int MAX_CASES_PER_COMMIT = 64;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseRepository cases;
	private final IntakeKeys keys;
	private final CaseEvents timeline;
	private final IntakeChecks checks;
	private final UnitStats stats;
	private final PlaceStats places;
	private final CaseViews views;
	private final CasesProperties properties;
	private final ApplicationEventPublisher publisher;
	private final AuditTrail audit;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final GroupCommit<Draft, Committed> registrations;

	IntakeService(CaseRepository cases, IntakeKeys keys, CaseEvents timeline, IntakeChecks checks, UnitStats stats, PlaceStats places, CaseViews views, CasesProperties properties,
			ApplicationEventPublisher publisher, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.cases = cases;
		this.keys = keys;
		this.timeline = timeline;
		this.checks = checks;
		this.stats = stats;
		this.places = places;
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
		IntakeChecks.Checked checked = checks.check(request, actor);
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
		List<CaseRecord> written = new ArrayList<>(committed.size());
		for (Committed c : committed) {
			if (c instanceof Written w) {
				registered.add(w.event());
				written.add(w.kase());
			}
		}
		if (!registered.isEmpty()) {
			publisher.publishEvent(new CasesRegistered(registered));
		}
		// Counters last: their rows are shared by every case of the street and day, so their locks are held
		// only from here to the commit.
		places.received(written);
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
					kase.intake().registeredAt(), kase.state(), kase.version(), kase.intake().type(),
					AddressKey.of(kase.intake().address()), cases.phoneIndex(kase.intake().requester()))));
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
		places.received(List.of(written.kase()));
		stats.write(tally);
		return new Registration(views.of(cases.find(id).orElseThrow(), actor, true), Outcome.REGISTERED);
	}

	/** Six random digits (without a format string: parsing one costs more than the rest of this). */
	private static String queryCode() {
		String digits = Integer.toString(RANDOM.nextInt(1_000_000));
		return "000000".substring(digits.length()) + digits;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
