package org.zhili.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.zhili.platform.ApiProblem;

/**
 * A loop's definition as data: which action may be taken in which state, by which party, on what condition,
 * where it leads, what it must come with and what it does to the loop's clocks. A loop declares one table
 * ({@link #define}); the kit answers "which actions may these parties take now", explains a refusal the same
 * way for every loop (409 when the item's state does not allow the action, 403 when someone else must take it),
 * and names the state an action leads to, so that no loop writes a state anywhere else.
 *
 * @param <S> the loop's states
 * @param <A> the loop's actions
 * @param <P> who acts, as seen from the item (lead unit, co-unit, supervisor, the person who filed it…)
 * @param <F> what the conditions look at: the item's state and whatever else the loop's rules need
 */
public final class Workflow<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, P extends Enum<P> & Labelled,
		F extends Workflow.Facts<S>> {

	/** What a loop's conditions look at; at least the item's state. */
	public interface Facts<S> {

		S state();
	}

	/** What an action must come with; the loop's form and its 400 answers both read it from the table. */
	public enum Input implements Labelled {
		REASON("理由或说明", "请填写理由或说明"), RESULT("办理结果", "请选择办理结果"), ATTACHMENT("附件", "请上传附件");

		private final String label;
		private final String prompt;

		Input(String label, String prompt) {
			this.label = label;
			this.prompt = prompt;
		}

		@Override
		public String label() {
			return label;
		}

		/** What a form says when it is missing. */
		public String prompt() {
			return prompt;
		}
	}

	/**
	 * What a request brought for one of the table's inputs: the loop's field for it and whether it was filled in.
	 */
	public record Given(Input input, String field, boolean present) {

		/** Given when {@code value} is not {@code null} and, for text, not blank. */
		public static Given of(Input input, String field, Object value) {
			return new Given(input, field, value != null && !(value instanceof String text && text.isBlank()));
		}
	}

	/** What an action does to one of the loop's clocks (e.g. the acceptance clock starts with a dispatch). */
	public enum ClockEffect {
		START, STOP, PAUSE, RESUME, EXTEND
	}

	/**
	 * One line of the table.
	 *
	 * @param to where the action leads, or {@code null} when the state stays or the action's input decides
	 * @param clocks the loop's clocks this action moves, by the clock's name
	 */
	public record Rule<S, A, P, F>(A action, Set<S> from, Set<P> parties, Predicate<? super F> condition, S to,
			Set<Input> inputs, Map<String, ClockEffect> clocks) {
	}

	private final String noun;
	private final Class<P> partyType;
	private final List<Rule<S, A, P, F>> rules;

	private Workflow(String noun, Class<P> partyType, List<Rule<S, A, P, F>> rules) {
		this.noun = noun;
		this.partyType = partyType;
		this.rules = List.copyOf(rules);
	}

	/**
	 * Starts a loop's table.
	 *
	 * @param noun what the loop's items are called in messages (工单, 建议提案, 任务)
	 */
	public static <S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, P extends Enum<P> & Labelled,
			F extends Facts<S>> Definition<S, A, P, F> define(String noun, Class<P> parties) {
		return new Definition<>(noun, parties);
	}

	public List<Rule<S, A, P, F>> rules() {
		return rules;
	}

	/** The actions the given parties may take on an item with these facts, in table order. */
	public Set<A> allowed(F facts, Set<P> parties) {
		Set<A> actions = new LinkedHashSet<>();
		for (Rule<S, A, P, F> rule : rules) {
			if (applies(rule, facts) && rule.parties().stream().anyMatch(parties::contains)) {
				actions.add(rule.action());
			}
		}
		return actions;
	}

	/** Whether {@code action} is allowed to any of the parties. */
	public boolean allows(A action, F facts, Set<P> parties) {
		for (Rule<S, A, P, F> rule : rules) {
			if (rule.action() == action && applies(rule, facts) && rule.parties().stream().anyMatch(parties::contains)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Refuses an action the parties may not take now: 409 {@code action_not_allowed} (with the state and the
	 * actions allowed to these parties) when the item's state or conditions do not allow it to anyone, 403
	 * {@code not_your_action} (naming who must take it) when it is someone else's.
	 *
	 * @param stateText the item's state as people should read it: the state's label in quotes, perhaps with more
	 */
	public void check(A action, F facts, Set<P> parties, String stateText) {
		if (!allows(action, facts, EnumSet.allOf(partyType))) {
			List<String> allowed = allowed(facts, parties).stream().map(Workflow::path).toList();
			throw ApiProblem.conflict("action_not_allowed",
					noun + "当前为" + stateText + "，不能" + action.label() + "；可执行："
							+ (allowed.isEmpty() ? "无" : String.join("、", allowed)),
					Map.of("state", facts.state().name(), "allowedActions", allowed));
		}
		if (!allows(action, facts, parties)) {
			throw ApiProblem.forbidden("not_your_action", action.label() + "须由"
					+ String.join("或", partiesOf(action).stream().map(Labelled::label).toList()) + "执行");
		}
	}

	/**
	 * Refuses an action without what the table says it must come with: 400 {@code <field>_required}, naming the
	 * loop's field and what it is for. Inputs the loop does not offer for the action count as missing.
	 */
	public void checkInputs(A action, List<Given> given) {
		for (Input needed : inputs(action)) {
			Given g = given.stream().filter(x -> x.input() == needed).findFirst()
				.orElse(new Given(needed, needed.name().toLowerCase(java.util.Locale.ROOT), false));
			if (!g.present()) {
				throw ApiProblem.badInput(g.field(), g.field() + "_required", needed.prompt() + "（" + action.label() + "）");
			}
		}
	}

	/** {@link #check(Enum, Facts, Set, String)} with the state's own label. */
	public void check(A action, F facts, Set<P> parties) {
		check(action, facts, parties, "“" + facts.state().label() + "”");
	}

	/** The fixed target of an action, or {@code null} when the state stays or the action's input decides. */
	public S target(A action) {
		return rules.stream().filter(r -> r.action() == action).findFirst().map(Rule::to).orElse(null);
	}

	/** The parties an action is meant for. */
	public Set<P> partiesOf(A action) {
		Set<P> parties = EnumSet.noneOf(partyType);
		rules.stream().filter(r -> r.action() == action).forEach(r -> parties.addAll(r.parties()));
		return parties;
	}

	/** What the action must come with. */
	public Set<Input> inputs(A action) {
		return rules.stream().filter(r -> r.action() == action).findFirst().map(Rule::inputs).orElse(Set.of());
	}

	/** What the action does to the loop's clocks, by clock name. */
	public Map<String, ClockEffect> clocks(A action) {
		return rules.stream().filter(r -> r.action() == action).findFirst().map(Rule::clocks).orElse(Map.of());
	}

	/** The name of an action in paths and answers: {@code REPLY_SHARED} is {@code reply-shared}. */
	public static String path(Enum<?> action) {
		return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private boolean applies(Rule<S, A, P, F> rule, F facts) {
		return rule.from().contains(facts.state()) && rule.condition().test(facts);
	}

	/** A loop's table being declared, one {@link #on(Enum) rule} after another. */
	public static final class Definition<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled,
			P extends Enum<P> & Labelled, F extends Facts<S>> {

		private final String noun;
		private final Class<P> partyType;
		private final List<RuleBuilder> rules = new ArrayList<>();

		private Definition(String noun, Class<P> partyType) {
			this.noun = noun;
			this.partyType = partyType;
		}

		/** A new line of the table for {@code action}; an action may have several lines (other states, parties). */
		public RuleBuilder on(A action) {
			RuleBuilder rule = new RuleBuilder(action);
			rules.add(rule);
			return rule;
		}

		public Workflow<S, A, P, F> build() {
			List<Rule<S, A, P, F>> built = new ArrayList<>();
			for (RuleBuilder r : rules) {
				if (r.from.isEmpty() || r.parties.isEmpty()) {
					throw new IllegalStateException(r.action + " needs the states it is taken in and who takes it");
				}
				built.add(new Rule<>(r.action, Collections.unmodifiableSet(r.from), Collections.unmodifiableSet(r.parties),
						r.condition, r.to, Collections.unmodifiableSet(r.inputs), Collections.unmodifiableMap(r.clocks)));
			}
			return new Workflow<>(noun, partyType, built);
		}

		/** One line: from which states, by whom, on what condition, to where, with what, moving which clocks. */
		public final class RuleBuilder {

			private final A action;
			private final Set<S> from = new LinkedHashSet<>();
			private final Set<P> parties = new LinkedHashSet<>();
			private Predicate<? super F> condition = f -> true;
			private S to;
			private final Set<Input> inputs = new LinkedHashSet<>();
			private final Map<String, ClockEffect> clocks = new LinkedHashMap<>();

			private RuleBuilder(A action) {
				this.action = action;
			}

			@SafeVarargs
			public final RuleBuilder from(S state, S... more) {
				from.add(state);
				from.addAll(List.of(more));
				return this;
			}

			public RuleBuilder from(Set<S> states) {
				from.addAll(states);
				return this;
			}

			@SafeVarargs
			public final RuleBuilder by(P party, P... more) {
				parties.add(party);
				parties.addAll(List.of(more));
				return this;
			}

			public RuleBuilder when(Predicate<? super F> condition) {
				this.condition = condition;
				return this;
			}

			public RuleBuilder to(S state) {
				this.to = state;
				return this;
			}

			public RuleBuilder requires(Input... needed) {
				inputs.addAll(List.of(needed));
				return this;
			}

			public RuleBuilder clock(String name, ClockEffect effect) {
				clocks.put(name, effect);
				return this;
			}
		}
	}
}
