package org.zhili.urban.internal.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.process.Links;
import org.zhili.process.Supervisions;
import org.zhili.process.TimelineEntry;
import org.zhili.urban.UrbanCases;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.ClassKind;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;

/** How an urban case reads: its class, its units' names, its stages; and the shapes the API and pages answer with. */
@Component
class UrbanCaseViews {

	/** A case in a list. {@code light} is the current stage's (正常 / 临期 / 超期), {@code null} when none runs. */
	record Line(long id, String reference, String kind, String classCode, String className, String description,
			String streetName, String source, String sourceLabel, String state, String stateLabel, String stage,
			String stageLabel, Instant due, String light, String lightLabel, String handlerCode, String handlerName,
			Instant reportedAt, String reportedBy, String pending, String pendingLabel, boolean urgent,
			Long hotlineCaseId, String hotlineReference, Double lng, Double lat) {
	}

	/** One stage as the case file records it. */
	record Stage(String stage, String label, Instant at, String by, Boolean onTime) {
	}

	/** A request awaiting or given the 值班长's decision. */
	record RequestView(long id, String kind, String kindLabel, String reason, String extension, String requestedBy,
			String requestedUnitName, Instant requestedAt, String decision, String decisionLabel, String decidedBy,
			Instant decidedAt, String decisionNote) {
	}

	record PhotoView(long id, String url, String fileName, String uploadedBy, Instant uploadedAt) {
	}

	record Unit(String code, String name) {
	}

	/** One case with everything its page shows. */
	record Detail(long id, String reference, String kind, String kindLabel, String classCode, String className,
			String registerCondition, String closeCondition, String componentId, boolean urgent, String description,
			String address, Double lng, Double lat, String gridCode, Unit community, Unit street, String source,
			String sourceLabel, Long hotlineCaseId, String hotlineReference, String state, String stateLabel,
			String stage, String stageLabel, Instant due, String light, String lightLabel, Unit handler,
			String handleLimit, String reportedBy, Instant reportedAt, List<Stage> stages, int reworks,
			int misdispatches, boolean postponed, boolean suspended, boolean voided, Boolean valid,
			RequestView pending, List<RequestView> requests, List<String> allowedActions, List<String> requestKinds,
			Unit suggestedHandler, List<TimelineEntry> timeline, List<PhotoView> photos,
			List<Supervisions.Supervision> supervisions, List<Links.Link> links) {
	}

	private final UrbanCatalogue catalogue;
	private final OrgUnits units;

	UrbanCaseViews(UrbanCatalogue catalogue, OrgUnits units) {
		this.catalogue = catalogue;
		this.units = units;
	}

	static String link(long id) {
		return "/urban/cases/" + id;
	}

	static Links.End end(UrbanCaseStore.Row r) {
		return new Links.End(UrbanCases.LOOP, r.id(), r.reference(), link(r.id()));
	}

	String className(UrbanCaseStore.Row r) {
		return className(r.kind(), r.classCode());
	}

	String className(String kind, String code) {
		return catalogue.find(ClassKind.valueOf(kind), code).map(CatalogueClass::label).orElse(code);
	}

	/** A unit's short name (its code when the directory does not know it), or {@code null}. */
	String unitName(String code) {
		if (code == null) {
			return null;
		}
		return units.find(code).map(OrgUnit::shortName).orElse(code);
	}

	Unit unit(String code) {
		return code == null ? null : new Unit(code, unitName(code));
	}

	static String stageLabel(String clock) {
		return switch (clock) {
			case UrbanCaseWorkflow.VERIFY_CLOCK -> "核实";
			case UrbanCaseWorkflow.REGISTER_CLOCK -> "立案";
			case UrbanCaseWorkflow.DISPATCH_CLOCK -> "派遣";
			case UrbanCaseWorkflow.HANDLE_CLOCK -> "处置";
			case UrbanCaseWorkflow.CHECK_CLOCK -> "核查";
			case UrbanCaseWorkflow.CLOSE_CLOCK -> "结案";
			default -> clock;
		};
	}

	static String sourceLabel(String source) {
		return "PUBLIC".equals(source) ? "公众举报" : "监督员上报";
	}

	/** The stages the case file records, in the loop's order. */
	static List<Stage> stages(UrbanCaseStore.Row r) {
		return List.of(new Stage("report", "信息采集", r.reportedAt(), r.reportedBy(), null),
				new Stage("verify", "核实", r.verifiedAt(), r.verifiedBy(), r.verifiedOnTime()),
				new Stage("register", "立案", r.registeredAt(), r.registeredBy(), r.registeredOnTime()),
				new Stage("dispatch", "派遣", r.dispatchedAt(), r.dispatchedBy(), r.dispatchedOnTime()),
				new Stage("handle", "处置", r.handledAt(), r.handlerCode(), r.handledOnTime()),
				new Stage("check", "核查", r.checkedAt(), r.checkedBy(), r.checkedOnTime()),
				new Stage("close", "结案", r.closedAt(), r.closedBy(), r.closedOnTime()));
	}

	RequestView request(UrbanCaseStore.Request q) {
		return new RequestView(q.id(), q.kind().name(), q.kind().label(), q.reason(), q.extension(), q.requestedBy(),
				unitName(q.requestedUnit()), q.requestedAt(), q.decision(),
				q.decision() == null ? "待审批" : "APPROVED".equals(q.decision()) ? "已批准" : "不批准", q.decidedBy(),
				q.decidedAt(), q.decisionNote());
	}
}
