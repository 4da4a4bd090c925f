package org.zhili.urban.internal.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.TimeLimit;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Permission;
import org.zhili.org.District;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;
import org.zhili.process.Photos;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;
import org.zhili.urban.UrbanCases;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.ClassKind;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.Action;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.Facts;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.Party;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.RequestKind;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.State;
import org.zhili.urban.internal.components.Component;
import org.zhili.urban.internal.components.ComponentInventory;

import static org.zhili.urban.internal.cases.UrbanCaseWorkflow.*;

/**
 * An urban case's steps on the process kit: each checked against the workflow's table (409 wrong state, 403 wrong
 * party, 400 naming the field), ending its stage's clock — whose outcome the case file keeps as the stage's
 * {@code *_at}, {@code *_by}, {@code *_on_time} — and starting the next, journaled, with a message to the unit that
 * acts next. One transaction each.
 */
@Service
@Transactional
public class UrbanCaseSteps {

	private static final int TEXT_LENGTH = 1000;
	private static final Pattern COMPONENT_ID = Pattern.compile("\\d{16}");

	/** A photo as sent: its file name and its bytes in base64 (a data URL's prefix is allowed). */
	public record PhotoInput(String name, String data) {
	}

	/**
	 * A report: a 监督员's (PATROL, with a photo) or a resident's taken by the centre (PUBLIC, to be 核实ed).
	 *
	 * @param componentId the 16-digit identifier when the report is about a known 部件, else {@code null}
	 */
	public record Report(String kind, String classCode, String componentId, Boolean urgent, String description,
			String address, Double lng, Double lat, String source, PhotoInput photo) {
	}

	private final UrbanCaseStore store;
	private final UrbanCaseAccess access;
	private final UrbanCaseViews views;
	private final UrbanCaseClocks clocks;
	private final UrbanCaseNotices notices;
	private final UrbanCaseRules rules;
	private final UrbanCatalogue catalogue;
	private final ComponentInventory components;
	private final Locator locator;
	private final OrgUnits units;
	private final District district;
	private final Photos photos;
	private final Journal journal;
	private final Supervisions supervisions;
	private final AuditTrail audit;
	private final Clock clock;

	UrbanCaseSteps(UrbanCaseStore store, UrbanCaseAccess access, UrbanCaseViews views, UrbanCaseClocks clocks,
			UrbanCaseNotices notices, UrbanCaseRules rules, UrbanCatalogue catalogue, ComponentInventory components,
			Locator locator, OrgUnits units, District district, Photos photos, Journal journal,
			Supervisions supervisions, AuditTrail audit, Clock clock) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.clocks = clocks;
		this.notices = notices;
		this.rules = rules;
		this.catalogue = catalogue;
		this.components = components;
		this.locator = locator;
		this.units = units;
		this.district = district;
		this.photos = photos;
		this.journal = journal;
		this.supervisions = supervisions;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- 信息采集 -------------------------------------------------------------------------------------------

	/** 信息采集: a 监督员's report starts the 立案 clock; a resident's, taken by the centre, the 核实 clock. */
	public long report(Report in, Actor by) {
		boolean patrol = in.source() == null || in.source().isBlank() || "PATROL".equals(in.source());
		if (!patrol && !"PUBLIC".equals(in.source())) {
			throw ApiProblem.badInput("source", "invalid_source", "来源应为 PATROL（监督员上报）或 PUBLIC（公众举报）");
		}
		if (patrol && !by.has(Permission.URBAN_REPORT)) {
			throw ApiProblem.forbidden("not_your_action", "监督员上报须由监督员执行");
		}
		if (!patrol && !(by.has(Permission.URBAN_REGISTER) || by.has(Permission.URBAN_DISPATCH))) {
			throw ApiProblem.forbidden("not_your_action", "公众举报须由监督指挥中心登记");
		}
		Component component = component(in.componentId());
		ClassKind kind = (in.kind() == null || in.kind().isBlank()) && component != null ? ClassKind.COMPONENT : kind(in.kind());
		String classCode = in.classCode() == null || in.classCode().isBlank()
				? component == null ? null : component.classCode() : in.classCode().strip();
		if (classCode == null || classCode.isBlank()) {
			throw ApiProblem.badInput("classCode", "classCode_required", "请选择小类");
		}
		CatalogueClass c = catalogue.require(kind, classCode, "classCode");
		String description = text(in.description(), "description", "问题描述");
		Double lng = in.lng() != null ? in.lng() : component == null ? null : component.lng();
		Double lat = in.lat() != null ? in.lat() : component == null ? null : component.lat();
		if (lng == null || lat == null) {
			throw ApiProblem.badInput("lng", "location_required", "请给出位置（定位或在地图上选点）");
		}
		Location where = locator.locate(lng, lat)
			.orElseThrow(() -> ApiProblem.badInput("lng", "outside_district", "位置不在" + district.name() + "范围内"));
		byte[] photo = photo(in.photo(), patrol);
		Instant now = clock.instant();
		State state = patrol ? State.TO_REGISTER : State.TO_VERIFY;
		long id = store.insert(new UrbanCaseStore.NewCase(kind.name(), c.code(), component == null ? null : component.id(),
				Boolean.TRUE.equals(in.urgent()), description, optional(in.address(), "address", "地址"), lng, lat,
				code(where.grid()), code(where.community()), code(where.street()), patrol ? "PATROL" : "PUBLIC", null, null,
				by.username(), now, state));
		clocks.start(id, patrol ? REGISTER_CLOCK : VERIFY_CLOCK, now);
		UrbanCaseStore.Row r = store.find(id).orElseThrow();
		long step = journal.append(new Journal.Step(UrbanCases.LOOP, id, "report", patrol ? "监督员上报" : "受理公众举报",
				by.username(), code(where.street()), c.label() + "：" + description, now));
		if (photo != null) {
			photos.store(UrbanCases.LOOP, id, step, photoName(in.photo()), photo, by.username(), now);
		}
		notices.tell(r, rules.centre(), "NEW", patrol ? "待立案" : "待核实",
				(patrol ? "监督员上报待立案：" : "公众举报待核实：") + c.label() + "，" + description, now);
		return id;
	}

	/** 核实: on site, a public report is true (→ 立案) or not (the case ends, not valid). */
	public void verify(long id, Boolean valid, String note, String kind, String classCode, PhotoInput photo, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.VERIFY, by, List.of(Workflow.Given.of(Workflow.Input.RESULT, "valid", valid)));
		String n = optional(note, "note", "核实情况");
		Instant now = clock.instant();
		boolean onTime = clocks.stop(id, VERIFY_CLOCK, now);
		byte[] bytes = photo(photo, false);
		if (valid) {
			CatalogueClass corrected = correction(r, kind, classCode);
			store.update(id, State.TO_REGISTER, "verified_by", by.username(), "verified_at", now, "verified_on_time", onTime,
					"kind", corrected.kind().name(), "class_code", corrected.code());
			clocks.start(id, REGISTER_CLOCK, now);
			notices.tell(r, rules.centre(), "VERIFIED", "待立案", "公众举报经核实属实，待立案：" + r.reference(), now);
		}
		else {
			if (n == null) {
				throw ApiProblem.badInput("note", "note_required", "核实不属实时请说明情况");
			}
			store.update(id, State.NOT_VALID, "verified_by", by.username(), "verified_at", now, "verified_on_time", onTime,
					"valid", false);
			end(r, now);
			if (r.hotlineCaseId() != null) {
				notices.tell(r, rules.hotline().unit(), "VERIFIED", "核实不属实", "12345工单 " + r.hotlineReference()
						+ " 经监督员现场核实不属实（" + n + "），请据此答复诉求人", now);
			}
		}
		long step = journal.append(new Journal.Step(UrbanCases.LOOP, id, "verify", valid ? "核实属实" : "核实不属实",
				by.username(), r.streetCode(), n, now));
		keep(id, step, photo, bytes, by, now);
	}

	/** 立案: the 值班长 registers it against the 小类's 立案条件 (correcting its class or urgency if need be). */
	public void register(long id, String note, String kind, String classCode, Boolean urgent, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.REGISTER, by, List.of());
		CatalogueClass c = correction(r, kind, classCode);
		String n = optional(note, "note", "立案意见");
		Instant now = clock.instant();
		boolean onTime = clocks.stop(id, REGISTER_CLOCK, now);
		store.update(id, State.TO_DISPATCH, "registered_by", by.username(), "registered_at", now,
				"registered_on_time", onTime, "valid", true, "kind", c.kind().name(), "class_code", c.code(), "urgent",
				urgent == null ? r.urgent() : urgent);
		clocks.start(id, DISPATCH_CLOCK, now);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "register", Action.REGISTER.label(), by.username(),
				rules.centre(), c.label() + "（立案条件：" + c.registerCondition() + "）" + (n == null ? "" : "：" + n), now));
		notices.tell(r, rules.centre(), "REGISTERED", "待派遣", "已立案待派遣：" + r.reference() + " " + c.label(), now);
	}

	/** 不予立案: it does not meet the 立案条件; the case ends, not valid. */
	public void decline(long id, String reason, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.DECLINE, by, List.of(Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		String n = text(reason, "reason", "不予立案理由");
		Instant now = clock.instant();
		clocks.stop(id, REGISTER_CLOCK, now);
		store.update(id, State.NOT_VALID, "valid", false);
		end(r, now);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "decline", Action.DECLINE.label(), by.username(),
				rules.centre(), n, now));
		if (r.hotlineCaseId() != null) {
			notices.tell(r, rules.hotline().unit(), "DECLINED", "不予立案",
					"12345工单 " + r.hotlineReference() + " 对应的城管案卷不予立案：" + n, now);
		}
	}

	/** The unit a case goes to unless the 派遣员 names another: the component's 主管部门, else the 小类's unit. */
	String suggestedHandler(UrbanCaseStore.Row r) {
		if (r.componentId() != null) {
			String manager = components.find(r.componentId()).map(Component::managerCode).orElse(null);
			if (manager != null) {
				return manager;
			}
		}
		return catalogue.find(ClassKind.valueOf(r.kind()), r.classCode())
			.map(c -> district.unitCode(c.handlerSuffix())).orElse(null);
	}

	/** 派遣: to the 专业部门 or street; the 处置 clock starts with the 小类's limit for the case's urgency. */
	public void dispatch(long id, String unitCode, String note, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.DISPATCH, by, List.of());
		String unit = unitCode == null || unitCode.isBlank() ? suggestedHandler(r) : unitCode.strip();
		OrgUnit handler = unit == null ? null : units.find(unit).filter(OrgUnit::active).orElse(null);
		if (handler == null || handler.level() != UnitLevel.DEPARTMENT && handler.level() != UnitLevel.STREET) {
			throw ApiProblem.badInput("unitCode", "invalid_unit", "请选择处置的专业部门或街道");
		}
		CatalogueClass c = catalogue.find(ClassKind.valueOf(r.kind()), r.classCode()).orElseThrow();
		TimeLimit limit = c.limit(r.urgent());
		String n = optional(note, "note", "派遣意见");
		Instant now = clock.instant();
		boolean onTime = clocks.stop(id, DISPATCH_CLOCK, now);
		store.update(id, State.HANDLING, "dispatched_by", by.username(), "dispatched_at", now, "dispatched_on_time", onTime,
				"handler_code", handler.code(), "handle_limit", limit.toString());
		clocks.start(id, HANDLE_CLOCK, now, limit);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "dispatch", Action.DISPATCH.label(), by.username(),
				handler.code(), "派遣" + handler.shortName() + "，处置时限 " + limit + (n == null ? "" : "：" + n), now));
		notices.tell(r, handler.code(), "DISPATCHED", "城管派遣", "城管案卷待处置（时限 " + limit + "）：" + c.label() + "，"
				+ r.description(), now);
	}

	/** 处理反馈: the unit reports the job done, with a photo; a 监督员 is to check it. */
	public void feedback(long id, String note, PhotoInput photo, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.FEEDBACK, by,
				List.of(Workflow.Given.of(Workflow.Input.ATTACHMENT, "photo", photo == null ? null : photo.data())));
		String n = text(note, "note", "处置情况");
		byte[] bytes = photo(photo, true);
		Instant now = clock.instant();
		boolean onTime = clocks.stop(id, HANDLE_CLOCK, now);
		store.update(id, State.TO_CHECK, "handled_at", now, "handled_on_time", onTime);
		clocks.start(id, CHECK_CLOCK, now);
		long step = journal.append(new Journal.Step(UrbanCases.LOOP, id, "feedback", Action.FEEDBACK.label(),
				by.username(), r.handlerCode(), n, now));
		keep(id, step, photo, bytes, by, now);
		notices.tell(r, rules.centre(), "HANDLED", "待核查", views.unitName(r.handlerCode()) + "已处置，待监督员核查："
				+ r.reference(), now);
	}

	/** 核查: on site, with a photo: passed → 结案; failed → back to 处置 (返工), its clock anew. */
	public void check(long id, Boolean passed, String note, PhotoInput photo, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.CHECK, by, List.of(Workflow.Given.of(Workflow.Input.RESULT, "passed", passed),
				Workflow.Given.of(Workflow.Input.ATTACHMENT, "photo", photo == null ? null : photo.data())));
		String n = optional(note, "note", "核查情况");
		if (!passed && n == null) {
			throw ApiProblem.badInput("note", "note_required", "核查未通过时请说明问题");
		}
		byte[] bytes = photo(photo, true);
		Instant now = clock.instant();
		boolean onTime = clocks.stop(id, CHECK_CLOCK, now);
		if (passed) {
			store.update(id, State.TO_CLOSE, "checked_by", by.username(), "checked_at", now, "checked_on_time", onTime);
			clocks.start(id, CLOSE_CLOCK, now);
			notices.tell(r, rules.centre(), "CHECKED", "待结案", "核查通过，待结案：" + r.reference(), now);
		}
		else {
			store.update(id, State.HANDLING, "checked_by", by.username(), "checked_at", now, "checked_on_time", onTime);
			store.increment(id, "reworks");
			clocks.start(id, HANDLE_CLOCK, now, handleLimit(r));
			notices.tell(r, r.handlerCode(), "REWORK", "核查未通过", "核查未通过，请返工：" + r.reference() + "（" + n + "）", now);
		}
		long step = journal.append(new Journal.Step(UrbanCases.LOOP, id, "check", passed ? "核查通过" : "核查未通过",
				by.username(), r.handlerCode(), n, now));
		keep(id, step, photo, bytes, by, now);
	}

	/** 结案: against the 小类's 结案条件. */
	public void close(long id, String note, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.CLOSE, by, List.of());
		String n = optional(note, "note", "结案意见");
		Instant now = clock.instant();
		boolean onTime = clocks.stop(id, CLOSE_CLOCK, now);
		store.update(id, State.CLOSED, "closed_by", by.username(), "closed_at", now, "closed_on_time", onTime);
		end(r, now);
		CatalogueClass c = catalogue.find(ClassKind.valueOf(r.kind()), r.classCode()).orElseThrow();
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "close", Action.CLOSE.label(), by.username(), rules.centre(),
				"结案条件：" + c.closeCondition() + (n == null ? "" : "；" + n), now));
		if (r.hotlineCaseId() != null) {
			notices.tell(r, rules.hotline().unit(), "CLOSED", "城管结案", "12345工单 " + r.hotlineReference()
					+ " 对应的城管案卷已核查结案，可据此答复诉求人", now);
		}
	}

	// ---- 延期 / 回退 / 挂账 / 作废 ------------------------------------------------------------------------------

	/** A request for the 值班长's approval; a 延期 names the extra time ({@code 1wd}, {@code 4wh}). */
	public void request(long id, String kind, String reason, String extension, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.REQUEST, by, List.of(Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		RequestKind k;
		try {
			k = RequestKind.valueOf(kind == null ? "" : kind);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("kind", "invalid_kind", "申请类型应为 POSTPONE（延期）、RETURN（回退）、SUSPEND（挂账）或 VOID（作废）");
		}
		Set<Party> parties = access.parties(r, by);
		if (!requestsOf(parties, r.state()).contains(k)) {
			throw ApiProblem.forbidden("not_your_action", k.label() + "申请须由" + (k == RequestKind.VOID
					? "监督员、派遣员或承办单位" : "处置中的承办单位") + "提出");
		}
		String n = text(reason, "reason", "申请理由");
		String ext = null;
		if (k == RequestKind.POSTPONE) {
			ext = limit(extension).toString();
		}
		Instant now = clock.instant();
		store.insertRequest(id, k, n, ext, by.username(), by.scope().unitCode(), now);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "request", "申请" + k.label(), by.username(),
				by.scope().unitCode(), (ext == null ? "" : "延长 " + ext + "：") + n, now));
		notices.tell(r, rules.centre(), "REQUEST", "待审批", views.unitName(by.scope().unitCode()) + "申请" + k.label() + "："
				+ r.reference() + "（" + n + "）", now);
	}

	/** The 值班长 approves the open request: it takes effect now. */
	public void approve(long id, String note, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.APPROVE, by, List.of());
		UrbanCaseStore.Request q = store.pending(id).orElseThrow();
		String n = optional(note, "note", "审批意见");
		Instant now = clock.instant();
		store.decide(q.id(), "APPROVED", by.username(), n, now);
		String effect;
		switch (q.kind()) {
			case POSTPONE -> {
				TimeLimit extra = TimeLimit.valueOf(q.extension());
				clocks.extend(id, HANDLE_CLOCK, extra);
				store.update(id, r.state(), "postponed", true);
				effect = "处置时限延长 " + extra;
			}
			case RETURN -> {
				clocks.stop(id, HANDLE_CLOCK, now);
				supervisions.closeAll(UrbanCases.LOOP, id, now);
				store.update(id, State.TO_DISPATCH, "handler_code", null);
				store.increment(id, "misdispatches");
				clocks.start(id, DISPATCH_CLOCK, now);
				effect = "退回重新派遣";
			}
			case SUSPEND -> {
				clocks.pause(id, HANDLE_CLOCK, now);
				store.update(id, State.SUSPENDED, "suspended", true);
				effect = "挂账，处置计时暂停";
			}
			case VOID -> {
				store.update(id, State.VOIDED, "voided", true);
				end(r, now);
				effect = "案卷作废";
			}
			default -> throw new IllegalStateException(q.kind().name());
		}
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "approve", "批准" + q.kind().label(), by.username(),
				q.requestedUnit(), effect + (n == null ? "" : "：" + n), now));
		notices.tell(r, q.requestedUnit(), "APPROVED", "申请已批准", q.kind().label() + "申请已批准（" + effect + "）：" + r.reference(), now);
		if (q.kind() == RequestKind.RETURN) {
			notices.tell(r, rules.centre(), "RETURNED", "待派遣", views.unitName(r.handlerCode()) + "回退，待重新派遣：" + r.reference(), now);
		}
		audit.success("urban.cases.approved", UrbanCases.LOOP + ":" + id, r.reference() + " 批准" + q.kind().label());
	}

	/** The 值班长 refuses the open request, saying why; the case goes on as it was. */
	public void refuse(long id, String reason, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.REFUSE, by, List.of(Workflow.Given.of(Workflow.Input.REASON, "reason", reason)));
		UrbanCaseStore.Request q = store.pending(id).orElseThrow();
		String n = text(reason, "reason", "不批准理由");
		Instant now = clock.instant();
		store.decide(q.id(), "REFUSED", by.username(), n, now);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "refuse", "不批准" + q.kind().label(), by.username(),
				q.requestedUnit(), n, now));
		notices.tell(r, q.requestedUnit(), "REFUSED", "申请未批准", q.kind().label() + "申请未批准：" + r.reference() + "（" + n + "）", now);
	}

	/** A 挂账 case is taken up again: its 处置 clock runs on with the time it had left. */
	public void resume(long id, String note, Actor by) {
		UrbanCaseStore.Row r = step(id, Action.RESUME, by, List.of());
		String n = optional(note, "note", "说明");
		Instant now = clock.instant();
		clocks.resume(id, HANDLE_CLOCK, now);
		// 挂账 is a state the evaluation leaves out of 应结案: a case taken up again counts like any other
		store.update(id, State.HANDLING, "suspended", false);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "resume", Action.RESUME.label(), by.username(),
				r.handlerCode(), n, now));
		notices.tell(r, r.handlerCode(), "RESUMED", "恢复处置", "挂账案卷恢复处置：" + r.reference(), now);
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	private UrbanCaseStore.Row step(long id, Action action, Actor by, List<Workflow.Given> given) {
		UrbanCaseStore.Row r = access.visible(store.lock(id), by);
		WORKFLOW.check(action, facts(r), access.parties(r, by));
		WORKFLOW.checkInputs(action, given);
		return r;
	}

	Facts facts(UrbanCaseStore.Row r) {
		return new Facts(r.state(), store.pending(r.id()).map(UrbanCaseStore.Request::kind).orElse(null));
	}

	/** The case ended: its clocks stop and its open 督办 close. */
	private void end(UrbanCaseStore.Row r, Instant at) {
		clocks.stopAll(r.id(), at);
		supervisions.closeAll(UrbanCases.LOOP, r.id(), at);
	}

	private TimeLimit handleLimit(UrbanCaseStore.Row r) {
		if (r.handleLimit() != null) {
			return TimeLimit.valueOf(r.handleLimit());
		}
		return catalogue.find(ClassKind.valueOf(r.kind()), r.classCode()).orElseThrow().limit(r.urgent());
	}

	private CatalogueClass correction(UrbanCaseStore.Row r, String kind, String classCode) {
		if (classCode == null || classCode.isBlank()) {
			return catalogue.find(ClassKind.valueOf(r.kind()), r.classCode()).orElseThrow();
		}
		if (classCode.contains(":")) {
			// a picker's value: EVENT:0102
			String[] kc = classCode.split(":", 2);
			kind = kc[0];
			classCode = kc[1];
		}
		return catalogue.require(kind == null || kind.isBlank() ? ClassKind.valueOf(r.kind()) : kind(kind), classCode.strip(),
				"classCode");
	}

	private void keep(long id, long step, PhotoInput photo, byte[] bytes, Actor by, Instant at) {
		if (bytes != null) {
			photos.store(UrbanCases.LOOP, id, step, photoName(photo), bytes, by.username(), at);
		}
	}

	private Component component(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		if (!COMPONENT_ID.matcher(id.strip()).matches()) {
			throw ApiProblem.badInput("componentId", "invalid_component", "部件编码应为16位数字");
		}
		return components.find(id.strip()).orElseThrow(() -> ApiProblem.badInput("componentId", "unknown_component",
				"部件清查库中没有编码为 " + id.strip() + " 的部件"));
	}

	private static ClassKind kind(String kind) {
		try {
			return ClassKind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("kind", "invalid_kind", "类型应为 COMPONENT（部件）或 EVENT（事件）");
		}
	}

	static TimeLimit limit(String text) {
		if (text == null || text.isBlank()) {
			throw ApiProblem.badInput("extension", "extension_required", "请填写延期时长，如 4wh、1wd");
		}
		try {
			TimeLimit limit = TimeLimit.valueOf(text.strip());
			if (limit.amount() <= 0) {
				throw new IllegalArgumentException();
			}
			return limit;
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("extension", "invalid_extension", "延期时长写法如 4wh、1wd：" + text);
		}
	}

	/** The photo's bytes; 400 {@code photo} when it is required and missing, or not base64. */
	private static byte[] photo(PhotoInput photo, boolean required) {
		if (photo == null || photo.data() == null || photo.data().isBlank()) {
			if (required) {
				throw ApiProblem.badInput("photo", "photo_required", "请拍摄或上传现场照片");
			}
			return null;
		}
		String data = photo.data();
		int comma = data.indexOf(',');
		if (data.startsWith("data:") && comma > 0) {
			data = data.substring(comma + 1);
		}
		try {
			return Base64.getMimeDecoder().decode(data);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("photo", "invalid_photo", "照片内容应为 base64 编码的 JPEG 或 PNG");
		}
	}

	private static String photoName(PhotoInput photo) {
		String name = photo.name() == null || photo.name().isBlank() ? "photo.jpg" : photo.name().strip();
		return name.length() > 100 ? name.substring(name.length() - 100) : name;
	}

	private static String code(Location.Place place) {
		return place == null ? null : place.code();
	}

	static String text(String value, String field, String name) {
		if (value == null || value.isBlank() || value.strip().length() > TEXT_LENGTH) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + TEXT_LENGTH + "字");
		}
		return value.strip();
	}

	static String optional(String value, String field, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > TEXT_LENGTH) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不超过" + TEXT_LENGTH + "字");
		}
		return value.strip();
	}

	static List<String> paths(Set<Action> actions) {
		List<String> out = new ArrayList<>();
		actions.forEach(a -> out.add(Workflow.path(a)));
		return out;
	}
}
