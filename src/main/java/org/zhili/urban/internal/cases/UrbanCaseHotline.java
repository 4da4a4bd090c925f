package org.zhili.urban.internal.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseDispatched;
import org.zhili.cases.CaseView;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;
import org.zhili.process.Links;
import org.zhili.urban.UrbanCases;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.ClassKind;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;

/**
 * A 12345 case that is an urban-management matter becomes one urban case of public source, to be 核实ed by a
 * 监督员: when it is dispatched to the configured unit (区城管委) in one of the configured categories, or when a
 * dispatcher links it by its tracking number. Both items link to each other through the kit's {@link Links}; it is
 * one matter counted once in each loop's own figures (the 12345 figures count the request, the urban figures the
 * case). The urban module hears the cases module's event; the cases module knows nothing of this one.
 */
@Component
class UrbanCaseHotline {

	private static final Logger log = LoggerFactory.getLogger(UrbanCaseHotline.class);

	/** The 小类 a linked case starts as when its category has none configured. */
	private static final String FALLBACK_CLASS = "EVENT:0107";

	private final CaseDirectory cases;
	private final UrbanCaseStore store;
	private final UrbanCaseRules rules;
	private final UrbanCaseClocks clocks;
	private final UrbanCaseNotices notices;
	private final UrbanCatalogue catalogue;
	private final OrgUnits units;
	private final Journal journal;
	private final Links links;
	private final Clock clock;

	UrbanCaseHotline(CaseDirectory cases, UrbanCaseStore store, UrbanCaseRules rules, UrbanCaseClocks clocks,
			UrbanCaseNotices notices, UrbanCatalogue catalogue, OrgUnits units, Journal journal, Links links,
			Clock clock) {
		this.cases = cases;
		this.store = store;
		this.rules = rules;
		this.clocks = clocks;
		this.notices = notices;
		this.catalogue = catalogue;
		this.units = units;
		this.journal = journal;
		this.links = links;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseDispatched event) {
		if (event.leadUnitCode() == null || !event.leadUnitCode().equals(rules.hotline().unit())) {
			return;
		}
		rules.hotline().classFor(event.categoryCode()).ifPresent(cls -> {
			if (store.byHotlineCase(event.caseId()).isEmpty()) {
				cases.find(event.caseId(), system()).ifPresent(c -> {
					long id = create(c, cls, "system");
					log.info("12345 case {} became urban case {}", c.trackingNumber(), id);
				});
			}
		});
	}

	/** A dispatcher makes the 12345 case an urban case; 409 when it is one already. */
	@Transactional
	long link(String trackingNumber, Actor by) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			throw ApiProblem.badInput("trackingNumber", "trackingNumber_required", "请填写12345工单编号");
		}
		CaseView c = cases.findByTrackingNumber(trackingNumber.strip(), system())
			.orElseThrow(() -> ApiProblem.badInput("trackingNumber", "unknown_case", "没有这个12345工单：" + trackingNumber.strip()));
		store.byHotlineCase(c.id()).ifPresent(r -> {
			throw ApiProblem.conflict("already_linked", "12345工单 " + c.trackingNumber() + " 已是城管案卷 " + r.reference());
		});
		if (c.state().terminal()) {
			throw ApiProblem.conflict("case_ended", "12345工单 " + c.trackingNumber() + " 已" + c.state().label() + "，不再转为城管案卷");
		}
		String cls = rules.hotline().classFor(c.category() == null ? null : c.category().code()).orElse(FALLBACK_CLASS);
		return create(c, cls, by.username());
	}

	/** The case by its id (another module's link); the existing urban case's id when it is one already. */
	@Transactional
	long link(long caseId, String by) {
		Optional<UrbanCaseStore.Row> existing = store.byHotlineCase(caseId);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		CaseView c = cases.find(caseId, system()).orElseThrow(() -> new IllegalArgumentException("no 12345 case " + caseId));
		String cls = rules.hotline().classFor(c.category() == null ? null : c.category().code()).orElse(FALLBACK_CLASS);
		return create(c, cls, by);
	}

	private long create(CaseView c, String cls, String by) {
		String[] kc = cls.split(":", 2);
		CatalogueClass k = catalogue.find(ClassKind.valueOf(kc[0]), kc[1]).orElseThrow(
				() -> new IllegalStateException("zhili.urban.cases.hotline names an unknown class " + cls));
		Instant now = clock.instant();
		CaseView.Territory t = c.territory();
		String description = c.title() == null || c.description() == null || c.description().startsWith(c.title())
				? String.valueOf(c.description()) : c.title() + "：" + c.description();
		long id = store.insert(new UrbanCaseStore.NewCase(k.kind().name(), k.code(), null,
				c.urgency() != null && ("EMERGENCY".equals(c.urgency().code()) || "UTILITIES".equals(c.urgency().code())), description, c.address(),
				c.location() == null ? null : c.location().lng(), c.location() == null ? null : c.location().lat(),
				t == null || t.grid() == null ? null : t.grid().code(),
				t == null || t.community() == null ? null : t.community().code(),
				t == null || t.street() == null ? null : t.street().code(), "PUBLIC", c.id(), c.trackingNumber(),
				c.registeredBy(), now, UrbanCaseWorkflow.State.TO_VERIFY));
		clocks.start(id, UrbanCaseWorkflow.VERIFY_CLOCK, now);
		UrbanCaseStore.Row r = store.find(id).orElseThrow();
		links.link(new Links.End("case", c.id(), c.trackingNumber(), "/cases/" + c.id()), UrbanCaseViews.end(r),
				"opened-from", "转城管案卷", "来源：12345工单", by, now);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "report", "12345工单转入", by, rules.hotline().unit(),
				"12345工单 " + c.trackingNumber() + "，按" + k.label() + "受理，待监督员核实", now));
		notices.tell(r, rules.centre(), "NEW", "待核实", "12345工单 " + c.trackingNumber() + " 转为城管案卷，待核实：" + k.label(), now);
		return id;
	}

	private Actor system() {
		return new Actor(null, "system", Set.of(Role.SUPERVISOR), units.district().scope());
	}
}
