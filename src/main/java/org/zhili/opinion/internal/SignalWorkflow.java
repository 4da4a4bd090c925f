package org.zhili.opinion.internal;

import org.zhili.process.Labelled;
import org.zhili.process.Workflow;

import static org.zhili.opinion.internal.SignalWorkflow.Action.*;
import static org.zhili.opinion.internal.SignalWorkflow.State.*;

/**
 * The life of a signal, declared on the process kit's {@link Workflow}: the 网信办 analyst triages it (研判) — closes
 * it at once, turns it into a case, or asks a street or department to verify it within hours; the unit reports what it
 * found; the analyst then closes it (不实/已处置/无需处置) or turns it into a 12345 case or a petition. A 回应口径 may be
 * published back at any point after 研判.
 *
 * <pre>
 * NEW ─assign─▶ VERIFYING ─verify─▶ VERIFIED ─close─▶ CLOSED
 *  │                                  ├─to-case─▶ CASE
 *  ├─close / to-case                  └─to-petition─▶ PETITION
 * </pre>
 */
public final class SignalWorkflow {

	public enum State implements Labelled {
		NEW("待研判"), VERIFYING("核实中"), VERIFIED("已核实"), CLOSED("已办结"), CASE("已转工单"), PETITION("已转信访");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		boolean ended() {
			return this == CLOSED || this == CASE || this == PETITION;
		}
	}

	public enum Action implements Labelled {
		ASSIGN("交办核实"), VERIFY("报送核实结果"), CLOSE("办结"), TO_CASE("转12345工单"), TO_PETITION("转信访"),
		PUBLISH_REPLY("发布回应");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** Who acts, as seen from the signal. */
	public enum Party implements Labelled {
		ANALYST("舆情专员"), VERIFIER("核实单位");

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

	/** From registration to 研判. */
	static final String TRIAGE_CLOCK = "triage";
	/** From assignment to the unit's finding. */
	static final String VERIFY_CLOCK = "verify";

	static final Workflow<State, Action, Party, Facts> WORKFLOW = define();

	private static Workflow<State, Action, Party, Facts> define() {
		Workflow.Definition<State, Action, Party, Facts> w = Workflow.define("舆情", Party.class);
		w.on(ASSIGN).from(NEW).by(Party.ANALYST).to(VERIFYING)
			.clock(TRIAGE_CLOCK, Workflow.ClockEffect.STOP).clock(VERIFY_CLOCK, Workflow.ClockEffect.START);
		w.on(VERIFY).from(VERIFYING).by(Party.VERIFIER).to(VERIFIED).requires(Workflow.Input.REASON)
			.clock(VERIFY_CLOCK, Workflow.ClockEffect.STOP);
		w.on(CLOSE).from(NEW, VERIFIED).by(Party.ANALYST).to(CLOSED).requires(Workflow.Input.RESULT)
			.clock(TRIAGE_CLOCK, Workflow.ClockEffect.STOP);
		w.on(TO_CASE).from(NEW, VERIFIED).by(Party.ANALYST).to(CASE).clock(TRIAGE_CLOCK, Workflow.ClockEffect.STOP);
		w.on(TO_PETITION).from(VERIFIED).by(Party.ANALYST).to(PETITION);
		w.on(PUBLISH_REPLY).from(VERIFIED, CLOSED, CASE, PETITION).by(Party.ANALYST).requires(Workflow.Input.REASON);
		return w.build();
	}

	private SignalWorkflow() {
	}
}
