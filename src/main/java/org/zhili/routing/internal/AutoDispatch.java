package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseActions;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseRegistered;
import org.zhili.routing.internal.model.RoutingModel;

/**
 * Dispatches a newly registered case without a dispatcher when everything agrees: auto-dispatch is on, the
 * case came by an allowed channel and is fresh, its first-level category allows it, the model's confidence
 * reaches the category's threshold (or the default), an operator's category (if any) is the same first-level
 * category, and the category's rule names a unit. It dispatches through the cases module as
 * {@code system:routing}, in its own transaction, so a refusal (a dispatcher was quicker) changes nothing else.
 */
@Component
class AutoDispatch {

	private static final Logger log = LoggerFactory.getLogger(AutoDispatch.class);

	private final RoutingProperties properties;
	private final CategoryRules rules;
	private final CategoryTree categories;
	private final Models models;
	private final CaseActions actions;
	private final CaseIndex index;
	private final SystemActor system;
	private final TransactionTemplate separate;
	private final Clock clock;

	AutoDispatch(RoutingProperties properties, CategoryRules rules, CategoryTree categories, Models models,
			CaseActions actions, CaseIndex index, SystemActor system, PlatformTransactionManager transactions,
			Clock clock) {
		this.properties = properties;
		this.rules = rules;
		this.categories = categories;
		this.models = models;
		this.actions = actions;
		this.index = index;
		this.system = system;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @param kase the case as registered: dispatched only if nobody acted on it since (its version then)
	 * @return whether the case was dispatched
	 */
	boolean consider(CaseRegistered kase, RoutingModel.Prediction prediction) {
		RoutingProperties.AutoDispatch p = properties.autoDispatch();
		if (!p.enabled() || !p.channels().contains(kase.channel())
				|| Duration.between(kase.registeredAt(), clock.instant()).compareTo(p.maxAge()) > 0) {
			return false;
		}
		String label = models.current().labels().get(prediction.best());
		Optional<CaseDirectory.Category> predicted = categories.byName(label);
		if (predicted.isEmpty()) {
			return false;
		}
		CategoryRules.Rule rule = rules.of(predicted.get().code());
		if (rule == null || !rule.autoDispatch()) {
			return false;
		}
		double threshold = rule.threshold() != null ? rule.threshold() : p.threshold();
		if (prediction.confidence() < threshold) {
			return false;
		}
		String category = predicted.get().code();
		if (kase.categoryCode() != null) {
			String operatorTop = categories.topOf(kase.categoryCode()).map(CaseDirectory.Category::code).orElse(null);
			if (!category.equals(operatorTop)) {
				return false;
			}
			category = kase.categoryCode();
		}
		if (categories.leadUnit(category, kase.streetCode()).isEmpty()) {
			return false;
		}
		String note = String.format(Locale.ROOT, "智能分拨自动派单：%s，置信度 %.2f（阈值 %.2f）；依据：%s", label,
				prediction.confidence(), threshold, String.join("、", prediction.terms()));
		String chosen = category;
		try {
			separate.executeWithoutResult(tx -> {
				actions.perform(kase.caseId(), CaseAction.DISPATCH, new ActionInput(kase.version(), null, null, null, chosen,
						null, note, null, null, null, null, null, null, null, null, null), system.get());
			});
			index.markAutoDispatched(kase.caseId());
			log.info("auto-dispatched {} as {} ({})", kase.trackingNumber(), label, prediction.confidence());
			return true;
		}
		catch (RuntimeException e) {
			log.info("auto-dispatch of {} left to the dispatchers: {}", kase.trackingNumber(), e.getMessage());
			return false;
		}
	}
}
