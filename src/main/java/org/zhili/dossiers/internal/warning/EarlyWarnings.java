package org.zhili.dossiers.internal.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseClusters;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseRegistered;
import org.zhili.cases.CaseType;
import org.zhili.disputes.MediationFailed;
import org.zhili.dossiers.Alert;
import org.zhili.dossiers.EarlyWarningRule;
import org.zhili.dossiers.EarlyWarningSweeps;
import org.zhili.dossiers.internal.DossierProperties;
import org.zhili.org.OrgUnits;
import org.zhili.petitions.PetitionRegistered;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Inbox;

/**
 * The early-warning rules, run on each registration and once a day over the day's intake: an alert goes to the
 * street's inbox with its evidence, once per matter. A petition that follows an alert (same building or phone,
 * within the window) is recorded against it, which is how the rules' worth is measured.
 */
@Service
public class EarlyWarnings implements EarlyWarningSweeps {

	private static final Logger log = LoggerFactory.getLogger(EarlyWarnings.class);

	static final String LOOP = "early-warning";

	private final CaseClusters clusters;
	private final CaseDirectory directory;
	private final AlertStore alerts;
	private final Inbox inbox;
	private final OrgUnits units;
	private final DossierProperties.EarlyWarning settings;
	private final Clock clock;

	EarlyWarnings(CaseClusters clusters, CaseDirectory directory, AlertStore alerts, Inbox inbox, OrgUnits units,
			DossierProperties properties, Clock clock) {
		this.clusters = clusters;
		this.directory = directory;
		this.alerts = alerts;
		this.inbox = inbox;
		this.units = units;
		this.settings = properties.earlyWarning();
		this.clock = clock;
	}

	/** The rules over cases just registered; answers how many alerts were raised. */
	@Transactional
	public int registered(List<CaseRegistered> cases) {
		Instant now = clock.instant();
		Instant until = now.plusSeconds(1);
		int raised = 0;
		var building = settings.rules().sameBuilding();
		if (building.enabled()) {
			Set<String> keys = new HashSet<>();
			// An event stored before the type was carried counts as a possible complaint: the query checks the type.
			cases.stream()
				.filter(c -> c.addressKey() != null && (c.type() == null || c.type() == CaseType.COMPLAINT))
				.forEach(c -> keys.add(c.addressKey()));
			raised += sameBuilding(keys, now.minus(building.window()), until, now);
		}
		var group = settings.rules().groupCallers();
		if (group.enabled()) {
			Set<String> communities = new HashSet<>();
			Set<String> topics = new HashSet<>();
			cases.stream().filter(c -> c.communityCode() != null && c.categoryCode() != null).forEach(c -> {
				communities.add(c.communityCode());
				topics.add(c.communityCode() + "|" + CaseClusters.topic(c.categoryCode(), group.categoryLevel()));
			});
			if (!communities.isEmpty()) {
				raised += groupCallers(clusters.callersOnOneTopic(now.minus(group.window()), until, group.categoryLevel(), group.phones(),
						communities).stream().filter(t -> topics.contains(t.communityCode() + "|" + t.categoryCode())).toList(),
						now);
			}
		}
		return raised;
	}

	/** The rules over one day's intake (China time), as the daily sweep runs them; answers how many alerts. */
	@Transactional
	public int sweep(LocalDate day) {
		return sweep(day, day);
	}

	/**
	 * The rules over the intake of several days: each window ends at the period's end, so a longer period finds the
	 * clusters still gathered at its end (the demo sweeps its year a week at a time).
	 */
	@Override
	@Transactional
	public int sweep(LocalDate first, LocalDate last) {
		Instant from = first.atStartOfDay(ChinaTime.ZONE).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
		Instant now = clock.instant();
		Instant at = to.isAfter(now) ? now : to;
		int raised = 0;
		var building = settings.rules().sameBuilding();
		if (building.enabled()) {
			raised += sameBuilding(clusters.buildingsRegistered(from, to), to.minus(building.window()), to, at);
		}
		var group = settings.rules().groupCallers();
		if (group.enabled()) {
			List<String> communities = clusters.communitiesRegistered(from, to);
			raised += groupCallers(clusters.callersOnOneTopic(to.minus(group.window()), to, group.categoryLevel(), group.phones(),
					communities)
				.stream()
				.filter(t -> t.members().stream().anyMatch(m -> !m.registeredAt().isBefore(from)))
				.toList(), at);
		}
		if (raised > 0) {
			log.info("Early warning over the intake of {} to {}: {} alert(s)", first, last, raised);
		}
		return raised;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean anyIntakeAlert() {
		return alerts.anyIntake();
	}

	/** A mediation failed: the street hears of it before the parties take it to the petition office. */
	@Transactional
	public int mediationFailed(MediationFailed event) {
		if (!settings.rules().mediationFailed().enabled()) {
			return 0;
		}
		Alert.Evidence dispute = new Alert.Evidence("dispute", event.disputeId(), event.reference(),
				"调解未达成协议", "/disputes/" + event.disputeId(), event.at(), "调解未成功");
		String where = event.addressKey() == null ? "" : "（" + event.addressKey() + "）";
		return raise(new AlertStore.Draft(EarlyWarningRule.MEDIATION_FAILED, "MEDIATION_FAILED:" + event.disputeId(),
				event.streetCode(), null, event.addressKey(), null,
				"矛盾纠纷 " + event.reference() + where + " 调解未成功，当事人可能转向信访，请街道跟进化解", List.of(dispute),
				event.phoneIndexes() == null ? List.of() : event.phoneIndexes(), event.at(), Duration.ZERO)) ? 1 : 0;
	}

	/** A petition was registered: the alerts it followed are marked; answers how many. */
	@Transactional
	public int petitionRegistered(PetitionRegistered event) {
		alerts.seen(event.petitionId(), event.trackingNumber(), event.addressKey(), event.phoneIndex(), event.at());
		int marked = alerts.followedBy(event.petitionId(), event.trackingNumber(), event.at(), event.addressKey(),
				event.phoneIndex());
		if (marked > 0) {
			log.info("Petition {} followed {} early warning(s)", event.trackingNumber(), marked);
		}
		return marked;
	}

	private int sameBuilding(Collection<String> keys, Instant since, Instant until, Instant at) {
		var rule = settings.rules().sameBuilding();
		int raised = 0;
		for (CaseClusters.Cluster c : clusters.unresolvedComplaints(keys, since, until, rule.complaints())) {
			CaseClusters.Member oldest = c.members().get(c.members().size() - 1);
			String summary = c.addressKey() + " " + days(rule.window()) + " 天内有 " + c.members().size()
					+ " 件投诉未解决，存在集体信访风险，请街道上门了解";
			if (raise(new AlertStore.Draft(EarlyWarningRule.SAME_BUILDING,
					"SAME_BUILDING:" + c.addressKey() + ":" + oldest.caseId(), c.streetCode(), null, c.addressKey(), null,
					summary, evidence(c), phones(c), at, rule.window()))) {
				raised++;
			}
		}
		return raised;
	}

	private int groupCallers(List<CaseClusters.Cluster> topics, Instant at) {
		var rule = settings.rules().groupCallers();
		int raised = 0;
		for (CaseClusters.Cluster c : topics) {
			CaseClusters.Member oldest = c.members().get(c.members().size() - 1);
			String community = units.find(c.communityCode()).map(u -> u.name()).orElse(c.communityCode());
			String topic = directory.categories()
				.stream()
				.filter(k -> k.code().equals(c.categoryCode()))
				.map(CaseDirectory.Category::name)
				.findFirst()
				.orElse(c.categoryCode());
			long phones = phones(c).size();
			String summary = community + " " + days(rule.window()) + " 天内 " + phones + " 位来电人反映同类问题（" + topic
					+ "），可能形成群体访，请街道提前介入";
			if (raise(new AlertStore.Draft(EarlyWarningRule.GROUP_CALLERS,
					"GROUP_CALLERS:" + c.communityCode() + ":" + c.categoryCode() + ":" + oldest.caseId(), c.streetCode(),
					c.communityCode(), null, c.categoryCode(), summary, evidence(c), phones(c), at, rule.window()))) {
				raised++;
			}
		}
		return raised;
	}

	/** Records the alert and tells the street; answers whether it was new. */
	private boolean raise(AlertStore.Draft draft) {
		Optional<Long> id = alerts.raise(draft);
		if (id.isEmpty()) {
			return false;
		}
		if (draft.streetCode() != null) {
			String text = "【" + draft.rule().label() + "】" + draft.summary();
			inbox.post(new Inbox.Message(LOOP, id.get(), "预警 " + id.get(), "/early-warnings/" + id.get(),
					draft.streetCode(), "EARLY_WARNING", "预警", text.length() > 300 ? text.substring(0, 300) : text,
					draft.raisedAt(), LOOP + ":" + id.get()));
		}
		return true;
	}

	private static List<Alert.Evidence> evidence(CaseClusters.Cluster c) {
		List<Alert.Evidence> items = new ArrayList<>();
		for (CaseClusters.Member m : c.members()) {
			items.add(new Alert.Evidence("case", m.caseId(), m.trackingNumber(), m.title(), "/cases/" + m.caseId(),
					m.registeredAt(), m.stateLabel()));
		}
		return items;
	}

	private static Set<String> phones(CaseClusters.Cluster c) {
		Set<String> phones = new HashSet<>();
		c.members().stream().map(CaseClusters.Member::phoneIndex).filter(Objects::nonNull).forEach(phones::add);
		return phones;
	}

	private static long days(Duration window) {
		return window.toDays();
	}
}
