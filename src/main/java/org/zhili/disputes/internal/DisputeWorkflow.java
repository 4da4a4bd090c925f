package org.zhili.disputes.internal;

import java.util.EnumSet;
import java.util.Set;

import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

import static org.zhili.disputes.internal.DisputeWorkflow.Action.*;
import static org.zhili.disputes.internal.DisputeWorkflow.State.*;

/**
 * The life of a dispute at a 矛调中心, declared on the process kit's {@link Workflow}: the centre accepts it (受理)
 * and names its mediators, or hands it to the other level; the mediators hold sessions until the parties agree
 * (调解成功, then the agreement's performance is followed up) or it fails (referred to court, arbitration or 信访);
 * the applicant may withdraw, the centre may end it (终止).
 *
 * <pre>
 * REGISTERED ─accept─▶ MEDIATING ─agree─▶ PERFORMING ─follow-up─▶ CLOSED
 *   │  ▲ transfer          │ ─fail─▶ FAILED
 *   └──┘                   │ ─withdraw─▶ WITHDRAWN, ─terminate─▶ TERMINATED
 * </pre>
 */
public final class DisputeWorkflow {

	public enum State implements Labelled {
		REGISTERED("待受理"), MEDIATING("调解中"), PERFORMING("调解成功·待履行回访"), CLOSED("调解成功·已回访"),
		FAILED("调解不成功"), WITHDRAWN("已撤回"), TERMINATED("已终止");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		/** Whether the mediation itself has ended (the cohort of the figures: 调处 concluded). */
		public boolean concluded() {
			return this != REGISTERED && this != MEDIATING;
		}

		public boolean open() {
			return this == REGISTERED || this == MEDIATING || this == PERFORMING;
		}
	}

	public enum Action implements Labelled {
		ACCEPT("受理"), TRANSFER("移交"), SESSION("记录调解"), AGREE("调解成功"), FAIL("调解不成功"),
		WITHDRAW("撤回"), TERMINATE("终止调解"), FOLLOW_UP("履行回访");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Who acts, as seen from the dispute. */
	public enum Party implements Labelled {
		CENTRE("矛调中心调解员"), MEDIATOR("承办调解员");

		private final String label;

		Party(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	record Facts(State state) implements Workflow.Facts<State> {
	}

	/** From acceptance to the end of the mediation: the configured mediation limit. */
	static final String MEDIATION_CLOCK = "mediation";

	/** From the agreement to its performance deadline: the 履行回访 is due then. */
	static final String PERFORMANCE_CLOCK = "performance";

	static final Set<State> UNDER_WAY = EnumSet.of(REGISTERED, MEDIATING);

	static final Workflow<State, Action, Party, Facts> WORKFLOW = define();

	private static Workflow<State, Action, Party, Facts> define() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("纠纷", Party.class);
		w.on(ACCEPT).from(REGISTERED).by(Party.CENTRE).to(MEDIATING).clock(MEDIATION_CLOCK, Workflow.ClockEffect.START);
		w.on(TRANSFER).from(REGISTERED, MEDIATING).by(Party.CENTRE).to(REGISTERED).requires(Workflow.Input.REASON)
			.clock(MEDIATION_CLOCK, Workflow.ClockEffect.STOP);
		w.on(SESSION).from(MEDIATING).by(Party.MEDIATOR);
		w.on(AGREE).from(MEDIATING).by(Party.MEDIATOR).to(PERFORMING)
			.clock(MEDIATION_CLOCK, Workflow.ClockEffect.STOP).clock(PERFORMANCE_CLOCK, Workflow.ClockEffect.START);
		w.on(FAIL).from(MEDIATING).by(Party.MEDIATOR).to(FAILED).requires(Workflow.Input.RESULT, Workflow.Input.REASON)
			.clock(MEDIATION_CLOCK, Workflow.ClockEffect.STOP);
		w.on(WITHDRAW).from(REGISTERED, MEDIATING).by(Party.CENTRE, Party.MEDIATOR).to(WITHDRAWN)
			.requires(Workflow.Input.REASON).clock(MEDIATION_CLOCK, Workflow.ClockEffect.STOP);
		w.on(TERMINATE).from(MEDIATING).by(Party.CENTRE, Party.MEDIATOR).to(TERMINATED).requires(Workflow.Input.REASON)
			.clock(MEDIATION_CLOCK, Workflow.ClockEffect.STOP);
		w.on(FOLLOW_UP).from(PERFORMING).by(Party.CENTRE, Party.MEDIATOR).to(CLOSED).requires(Workflow.Input.RESULT)
			.clock(PERFORMANCE_CLOCK, Workflow.ClockEffect.STOP);
		return w.build();
	}

	private DisputeWorkflow() {
	}
}
