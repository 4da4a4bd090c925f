package org.zhili.opinion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.opinion.SignalClosure;
import org.zhili.opinion.SignalSentiment;
import org.zhili.opinion.Signals;
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.Petitions;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Inbox;
import org.zhili.process.Journal;
import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;

import static org.zhili.opinion.internal.SignalWorkflow.Action;
import static org.zhili.opinion.internal.SignalWorkflow.State;
import static org.zhili.opinion.internal.SignalWorkflow.WORKFLOW;

/**
 * Every step of a signal, each in one transaction: checked against the workflow's table (409/403 from the kit),
 * recorded in the journal, its clocks moved as the table says, the units concerned told in their inbox.
 */
@Service
class SignalSteps implements Signals {

	private final SignalStore store;
	private final SignalRegistry registry;
	private final SignalAccess access;
	private final SignalClocks clocks;
	private final Journal journal;
	private final Inbox inbox;
	private final Links links;
	private final Supervisions supervisions;
	private final CaseIntake intake;
	private final Petitions petitions;
	private final OrgUnits units;
	private final OpinionProperties properties;
	private final AuditTrail audit;

	SignalSteps(SignalStore store, SignalRegistry registry, SignalAccess access, SignalClocks clocks, Journal journal,
			Inbox inbox, Links links, Supervisions supervisions, CaseIntake intake, Petitions petitions,
			OrgUnits units, OpinionProperties properties, AuditTrail audit) {
		this.store = store;
		this.registry = registry;
		this.access = access;
		this.clocks = clocks;
		this.journal = journal;
		this.inbox = inbox;
		this.links = links;
		this.supervisions = supervisions;
		this.intake = intake;
		this.petitions = petitions;
		this.units = units;
		this.properties = properties;
		this.audit = audit;
	}

	static String page(long id) {
		return "/opinion/signals/" + id;
	}

	@Override
	@Transactional
	public Reported report(NewSignal signal, Actor by) {
		Instant now = registry.now();
		SignalStore.Insert row = registry.check(signal, by.username(), now);
		long id = store.insert(row, State.NEW);
		SignalStore.Row r = store.find(id).orElseThrow();
		journal.append(new Journal.Step(LOOP, id, "report", "登记", by.username(), null,
				properties.sourceLabel(r.source()) + "：" + r.title(), now));
		clocks.startTriage(id, now);
		audit.success("opinion.signal.report", r.ref(), r.title());
		return new Reported(id, r.ref(), page(id));
	}

	@Override
	@Transactional
	public Reported load(NewSignal signal, Past past) {
		SignalStore.Insert row = registry.check(signal, past.registeredBy(), past.registeredAt());
		long id = store.insert(row, State.NEW);
		String by = past.registeredBy();
		journal.append(new Journal.Step(LOOP, id, "report", "登记", by, null,
				properties.sourceLabel(row.source()) + "：" + row.title(), past.registeredAt()));
		if (past.assignedAt() != null) {
			store.assigned(id, past.verifyUnit(), past.assignedAt());
			journal.append(new Journal.Step(LOOP, id, "assign", Action.ASSIGN.label(), by, past.verifyUnit(),
					"请于时限内核实", past.assignedAt()));
		}
		if (past.verifiedAt() != null) {
			store.verified(id, past.finding(), past.verifiedAt());
			journal.append(new Journal.Step(LOOP, id, "verify", Action.VERIFY.label(), past.verifiedBy(), past.verifyUnit(),
					past.finding(), past.verifiedAt()));
		}
		if (past.closure() != null) {
			store.closed(id, past.closure(), past.closedAt());
			journal.append(new Journal.Step(LOOP, id, "close", Action.CLOSE.label(), by, null, past.closure().label(),
					past.closedAt()));
		}
		if (past.reply() != null) {
			Instant at = past.closedAt() != null ? past.closedAt() : past.verifiedAt();
			store.replied(id, past.reply(), at);
			journal.append(new Journal.Step(LOOP, id, "reply", Action.PUBLISH_REPLY.label(), by, null, past.reply(), at));
		}
		// an open signal's clock runs on from where it started; an ended one has none
		if (past.closure() == null) {
			if (past.assignedAt() == null) {
				clocks.startTriage(id, past.registeredAt());
			}
			else if (past.verifiedAt() == null) {
				clocks.startVerify(id, past.assignedAt());
			}
		}
		SignalStore.Row r = store.find(id).orElseThrow();
		return new Reported(id, r.ref(), page(id));
	}

	java.time.Instant now() {
		return registry.now();
	}

	@Override
	public boolean none() {
		return store.none();
	}

	@Transactional
	public void assign(long id, String unitCode, String note, Actor by) {
		SignalStore.Row r = checked(id, Action.ASSIGN, by);
		OrgUnit unit = unitCode == null ? null : units.find(unitCode)
			.filter(u -> u.level() == UnitLevel.STREET || u.level() == UnitLevel.DEPARTMENT)
			.orElse(null);
		if (unit == null) {
			throw ApiProblem.badInput("unitCode", "unit_required", "请选择负责核实的街道或部门");
		}
		Instant now = registry.now();
		store.assigned(id, unit.code(), now);
		clocks.apply(id, Action.ASSIGN, now);
		journal.append(new Journal.Step(LOOP, id, "assign", Action.ASSIGN.label(), by.username(), unit.code(),
				blank(note) ? "请于" + inWords(properties.verify()) + "内核实" : note.strip(), now));
		inbox.post(new Inbox.Message(LOOP, id, r.ref(), page(id), unit.code(), "VERIFY", "舆情核实",
				"请核实舆情“" + r.title() + "”并报送核实结果" + (blank(note) ? "" : "：" + note.strip()), now, null));
	}

	@Transactional
	public void verify(long id, String finding, Actor by) {
		SignalStore.Row r = store.lock(id).map(x -> access.visible(by, java.util.Optional.of(x))).orElseThrow(
				() -> ApiProblem.notFound("signal_not_found", "舆情不存在"));
		WORKFLOW.check(Action.VERIFY, new SignalWorkflow.Facts(r.state()), access.parties(by, r));
		WORKFLOW.checkInputs(Action.VERIFY, List.of(Workflow.Given.of(Workflow.Input.REASON, "finding", finding)));
		Instant now = registry.now();
		store.verified(id, finding.strip(), now);
		clocks.apply(id, Action.VERIFY, now);
		journal.append(new Journal.Step(LOOP, id, "verify", Action.VERIFY.label(), by.username(), r.verifyUnit(),
				finding.strip(), now));
		inbox.post(new Inbox.Message(LOOP, id, r.ref(), page(id), properties.office(), "VERIFIED", "核实结果",
				registry.unitName(r.verifyUnit()) + "已报送“" + r.title() + "”的核实结果", now, null));
	}

	@Transactional
	public void close(long id, SignalClosure closure, String note, Actor by) {
		checked(id, Action.CLOSE, by);
		WORKFLOW.checkInputs(Action.CLOSE, List.of(Workflow.Given.of(Workflow.Input.RESULT, "closure", closure)));
		Instant now = registry.now();
		store.closed(id, closure, now);
		end(id, Action.CLOSE, now);
		journal.append(new Journal.Step(LOOP, id, "close", Action.CLOSE.label(), by.username(), null,
				closure.label() + (blank(note) ? "" : "：" + note.strip()), now));
	}

	@Override
	@Transactional
	public String toCase(long id, String note, Actor by) {
		SignalStore.Row r = checked(id, Action.TO_CASE, by);
		StringBuilder description = new StringBuilder("网络舆情转办（").append(r.ref()).append("，")
			.append(properties.sourceLabel(r.source())).append("）：").append(r.title());
		if (r.content() != null) {
			description.append("。").append(r.content());
		}
		if (r.finding() != null) {
			description.append("。核实情况：").append(r.finding());
		}
		if (r.streetCode() != null) {
			description.append("。涉及").append(registry.unitName(r.streetCode()));
		}
		if (!blank(note)) {
			description.append("。要求：").append(note.strip());
		}
		String text = description.length() > 1900 ? description.substring(0, 1900) : description.toString();
		String title = "舆情转办：" + (r.title().length() > 80 ? r.title().substring(0, 80) : r.title());
		CaseIntake.Registration registration = intake.register(new NewCase(Channel.PROACTIVE, CaseType.COMPLAINT,
				r.categoryCode(), Urgency.ORDINARY, title, text, r.address(), null, null, false, null, null, true, false, false,
				null, null, null, null), by);
		Instant now = registry.now();
		long caseId = registration.kase().id();
		String caseRef = registration.kase().trackingNumber();
		store.turnedIntoCase(id, caseId, caseRef, now);
		end(id, Action.TO_CASE, now);
		links.link(end(r), new Links.End("case", caseId, caseRef, "/cases/" + caseId), "converted", "转12345工单",
				"来源：网络舆情", by.username(), now);
		journal.append(new Journal.Step(LOOP, id, "to-case", Action.TO_CASE.label(), by.username(), null,
				"工单 " + caseRef + (blank(note) ? "" : "：" + note.strip()), now));
		return caseRef;
	}

	/** A petition made from the signal (channel 部门移交), the signal as its origin. */
	@Transactional
	public Petitions.Registered toPetition(long id, String note, Actor by) {
		SignalStore.Row r = checked(id, Action.TO_PETITION, by);
		String content = r.title() + (r.content() == null ? "" : "。" + r.content())
				+ (r.finding() == null ? "" : "。核实情况：" + r.finding()) + (blank(note) ? "" : "。" + note.strip());
		// Whoever posted it rarely gives a name: the petition names the source the office took it from.
		Petitions.Petitioner poster = new Petitions.Petitioner(properties.sourceLabel(r.source()) + "网民（未具名）", null, null);
		Petitions.Registered p = petitions.register(new Petitions.NewPetition(PetitionChannel.REFERRAL, r.title(), content,
				poster, r.address(), r.streetCode(), 1, List.of(), end(r)), by);
		Instant now = registry.now();
		store.turnedIntoPetition(id, p.id(), p.trackingNumber(), now);
		end(id, Action.TO_PETITION, now);
		journal.append(new Journal.Step(LOOP, id, "to-petition", Action.TO_PETITION.label(), by.username(), null,
				"信访件 " + p.trackingNumber(), now));
		return p;
	}

	@Transactional
	public void publishReply(long id, String reply, Actor by) {
		checked(id, Action.PUBLISH_REPLY, by);
		WORKFLOW.checkInputs(Action.PUBLISH_REPLY, List.of(Workflow.Given.of(Workflow.Input.REASON, "reply", reply)));
		if (reply.strip().length() > 2000) {
			throw ApiProblem.badInput("reply", "reply_too_long", "回应口径最多 2000 字");
		}
		Instant now = registry.now();
		store.replied(id, reply.strip(), now);
		journal.append(new Journal.Step(LOOP, id, "reply", Action.PUBLISH_REPLY.label(), by.username(), null, reply.strip(), now));
	}

	/** The analyst's sentiment over the lexicon's suggestion, at any time before the signal ends. */
	@Transactional
	public void sentiment(long id, SignalSentiment sentiment, Actor by) {
		if (sentiment == null) {
			throw ApiProblem.badInput("sentiment", "sentiment_required", "请选择倾向：负面、中性或正面");
		}
		SignalStore.Row r = access.visible(by, store.lock(id));
		if (!access.parties(by, r).contains(SignalWorkflow.Party.ANALYST)) {
			throw ApiProblem.forbidden("not_your_action", "舆情倾向须由舆情专员研判");
		}
		if (r.sentiment() != sentiment) {
			store.sentiment(id, sentiment);
			journal.append(new Journal.Step(LOOP, id, "sentiment", "调整倾向", by.username(), null,
					r.sentiment().label() + " → " + sentiment.label(), registry.now()));
		}
	}

	private SignalStore.Row checked(long id, Action action, Actor by) {
		SignalStore.Row r = access.visible(by, store.lock(id));
		WORKFLOW.check(action, new SignalWorkflow.Facts(r.state()), access.parties(by, r));
		return r;
	}

	/** The signal ended: its clocks stop, its open 督办 close. */
	private void end(long id, Action action, Instant now) {
		clocks.apply(id, action, now);
		clocks.stopAll(id, now);
		supervisions.closeAll(LOOP, id, now);
	}

	static Links.End end(SignalStore.Row r) {
		return new Links.End(LOOP, r.id(), r.ref() + " " + r.title(), page(r.id()));
	}

	/** A limit as people say it: 24 小时, 2 个工作日. */
	static String inWords(org.zhili.calendar.TimeLimit limit) {
		String unit = switch (limit.unit()) {
			case NATURAL_MINUTES -> " 分钟";
			case NATURAL_HOURS -> " 小时";
			case NATURAL_DAYS -> " 天";
			case WORKING_HOURS -> " 个工作时";
			case WORKING_DAYS -> " 个工作日";
		};
		return " " + limit.amount() + unit;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
