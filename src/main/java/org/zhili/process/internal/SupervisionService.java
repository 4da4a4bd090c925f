package org.zhili.process.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;
import org.zhili.process.Inbox;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;
import org.zhili.process.UntimedItems;

/**
 * 督办 on the kit's clocks: each order has a reply clock (loop {@value Supervisions#LOOP}, one per order); a quarter of
 * the time before it runs out the unit is reminded, and when it runs out the order climbs its loop's ladder.
 */
@Service
@Transactional
class SupervisionService implements Supervisions, ClockListener, UntimedItems {

	private static final String REPLY = "reply";
	private static final String SYSTEM = "system";
	private static final int NOTE_LENGTH = 2000, REPLY_LENGTH = 4000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ChinaTime.ZONE);

	private final SupervisionStore store;
	private final SupervisionRules rules;
	private final Clocks clocks;
	private final Inbox inbox;
	private final ReaderUnits readerUnits;
	private final AuditTrail audit;
	private final OrgUnits units;
	private final ObjectProvider<SupervisionListener> listenerBeans;
	private final Clock clock;
	private volatile Map<String, SupervisionListener> listeners;

	SupervisionService(SupervisionStore store, SupervisionRules rules, Clocks clocks, Inbox inbox, ReaderUnits readerUnits,
			AuditTrail audit, OrgUnits units, ObjectProvider<SupervisionListener> listeners, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.clocks = clocks;
		this.inbox = inbox;
		this.readerUnits = readerUnits;
		this.audit = audit;
		this.units = units;
		this.listenerBeans = listeners;
		this.clock = clock;
	}

	@Override
	public Supervision issue(Order order, String issuedBy, Instant at) {
		if (order.level() == null) {
			throw ApiProblem.badInput("level", "level_required", "请选择督办级别：" + String.join("、", rules.labels(order.loop()).values()));
		}
		if (order.note() == null || order.note().isBlank() || order.note().length() > NOTE_LENGTH) {
			throw ApiProblem.badInput("note", "invalid_note", "督办意见不能为空，且不超过" + NOTE_LENGTH + "字");
		}
		if (order.unitCode() == null) {
			throw ApiProblem.conflict("no_unit", "该事项还没有责任单位，无法督办");
		}
		Order clean = new Order(order.loop(), order.itemId(), order.itemRef(), order.link(), order.unitCode(),
				order.level(), order.note().strip(), order.reply());
		Supervision s = issue(clean, issuedBy, at, null);
		audit.success("process.supervision.issued", order.loop() + ":" + order.itemId(),
				s.levelLabel() + "，回复时限 " + time(s.replyDue()) + "：" + s.note());
		return s;
	}

	private Supervision issue(Order order, String by, Instant at, Long escalatedFrom) {
		long id = store.insert(order, by, at, escalatedFrom);
		TimeLimit limit = order.reply() != null ? order.reply() : rules.reply(order.loop(), order.level());
		Deadline deadline = clocks.start(key(id), at, limit);
		store.due(id, deadline.due());
		Supervision s = view(store.find(id).orElseThrow());
		tell(s, s.unitCode(), s.levelLabel() + "：" + s.note() + "（请于 " + time(s.replyDue()) + " 前回复）", at);
		return s;
	}

	@Override
	public Supervision answer(long id, Actor by, String reply) {
		Supervision s = view(store.find(id).orElseThrow(SupervisionService::notFound));
		var units = readerUnits.of(by);
		if (!units.contains(s.unitCode()) && !listener(s.loop()).mayAnswer(by, s)) {
			if (!units.contains(rules.office())) {
				throw notFound();
			}
			throw ApiProblem.forbidden("not_your_supervision", "只有被督办单位（" + s.unitName() + "）可以回复该督办");
		}
		if (reply == null || reply.isBlank() || reply.length() > REPLY_LENGTH) {
			throw ApiProblem.badInput("reply", "invalid_reply", "回复不能为空，且不超过" + REPLY_LENGTH + "字");
		}
		Instant now = clock.instant();
		if (!store.answer(id, reply.strip(), by.username(), now)) {
			throw ApiProblem.conflict("not_open", "该督办" + s.stateLabel() + "，不能再回复");
		}
		clocks.stop(key(id), now);
		Supervision answered = view(store.find(id).orElseThrow());
		tell(answered, rules.office(), answered.levelLabel() + "已回复：" + answered.reply(), now);
		audit.success("process.supervision.answered", s.loop() + ":" + s.itemId(), "督办 " + id + "：" + answered.reply());
		return answered;
	}

	@Override
	public void answered(long id, String by, String reply, Instant at) {
		if (store.answer(id, reply, by, at)) {
			clocks.stop(key(id), at);
		}
	}

	@Override
	public void closeAll(String loop, long itemId, Instant at) {
		for (SupervisionStore.Row r : store.of(loop, itemId)) {
			if (r.state() == State.OPEN && store.end(r.id(), State.CLOSED, at)) {
				clocks.stop(key(r.id()), at);
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Set<Long> supervised(String loop, java.util.Collection<Long> itemIds) {
		return store.supervised(loop, itemIds);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Supervision> of(String loop, long itemId) {
		return store.of(loop, itemId).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Supervision get(long id, Actor reader) {
		Supervision s = view(store.find(id).orElseThrow(SupervisionService::notFound));
		var units = readerUnits.of(reader);
		if (!units.contains(rules.office()) && !units.contains(s.unitCode())) {
			throw notFound();
		}
		return s;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Supervision> list(Actor reader, Query q) {
		var units = readerUnits.of(reader);
		return store.list(q.loop(), q.state(), q.level(), q.unitCode(), units.contains(rules.office()) ? null : units, q.limit())
			.stream()
			.map(this::view)
			.toList();
	}

	@Override
	public String office() {
		return rules.office();
	}

	@Override
	public String label(String loop, SupervisionLevel level) {
		return rules.label(loop, level);
	}

	// ---- the reply clocks -------------------------------------------------------------------------

	@Override
	public String loop() {
		return LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		return deadline.due().minus(Duration.between(deadline.start(), deadline.due()).dividedBy(4));
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		Supervision s = view(store.find(key.itemId()).orElseThrow());
		if (s.state() != State.OPEN) {
			return;
		}
		Instant now = clock.instant();
		if (alarm == Clocks.Alarm.WARN) {
			tell(s, s.unitCode(), s.levelLabel() + "将于 " + time(s.replyDue()) + " 到期，请尽快回复：" + s.note(), now);
			return;
		}
		SupervisionLevel up = rules.next(s.loop(), s.level());
		String why = up == null ? null : "逾期未回复" + s.levelLabel() + "，升级为" + rules.label(s.loop(), up) + "：" + s.note();
		listener(s.loop()).escalating(s, up, why);
		if (up != null) {
			if (!store.end(s.id(), State.ESCALATED, now)) {
				// Answered since it was read: undo what the loop did; the answer stopped the clock, so no retry.
				throw new IllegalStateException("督办 " + s.id() + " was answered while it escalated");
			}
			issue(new Order(s.loop(), s.itemId(), s.itemRef(), s.link(), s.unitCode(), up, why, null), SYSTEM, now, s.id());
		}
		tell(s, rules.office(), s.unitName() + " 逾期未回复" + s.levelLabel()
				+ (up == null ? "（已是最高级别）" : "，已升级为" + rules.label(s.loop(), up)), now);
	}

	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
		store.due(key.itemId(), after.due());
	}

	/** Starts the reply clocks of 督办 written before the kit timed them (V13), at their recorded deadline. */
	@Override
	public int adopt() {
		List<SupervisionStore.Row> untimed = store.untimed();
		clocks.adopt(untimed.stream()
			.map(r -> new Clocks.Running(key(r.id()), new Deadline(r.issuedAt(), TimeLimit.minutes(0), r.replyDue()), null))
			.toList());
		return untimed.size();
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private Supervision view(SupervisionStore.Row r) {
		String unitName = units.find(r.unitCode()).map(OrgUnit::name).orElse(r.unitCode());
		return new Supervision(r.id(), r.loop(), r.itemId(), r.itemRef(), r.link(), r.unitCode(), unitName, r.level(),
				rules.label(r.loop(), r.level()), r.note(), r.issuedAt(), r.issuedBy(), r.replyDue(), r.state(),
				r.state().label(), r.reply(), r.repliedAt(), r.repliedBy(), r.escalatedFrom());
	}

	private void tell(Supervision s, String unit, String text, Instant at) {
		inbox.post(new Inbox.Message(s.loop(), s.itemId(), s.itemRef(), s.link(), unit, "SUPERVISION", s.levelLabel(),
				(s.itemRef() == null ? "" : s.itemRef() + " ") + text, at, null));
	}

	private SupervisionListener listener(String loop) {
		if (listeners == null) {
			listeners = listenerBeans.orderedStream().collect(Collectors.toMap(SupervisionListener::loop, Function.identity()));
		}
		return listeners.getOrDefault(loop, NO_LISTENER);
	}

	private static final SupervisionListener NO_LISTENER = new SupervisionListener() {
		@Override
		public String loop() {
			return "";
		}

		@Override
		public void escalating(Supervision unanswered, SupervisionLevel next, String note) {
		}
	};

	static Clocks.Key key(long id) {
		return Clocks.Key.of(LOOP, id, REPLY);
	}

	private static String time(Instant at) {
		return TIME.format(at);
	}

	private static ApiProblem notFound() {
		return ApiProblem.notFound("supervision_not_found", "督办不存在");
	}
}
