package org.zhili.inspection;

import java.util.List;
import java.util.Optional;

import org.zhili.process.Labelled;

/**
 * 联合奖惩: where a market subject stands in credit — its class and whether it is on the 守信激励 or 失信惩戒 list —
 * for other modules to show and act on (the enterprise channel shows it; a draw raises the ratio of high-risk
 * classes). The rules are documented in docs/guide/inspection.md.
 */
public interface CreditStatus {

	enum Standing implements Labelled {
		REWARDED("守信激励"), NORMAL("一般"), PUNISHED("失信惩戒");

		private final String label;

		Standing(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** @param reason why the subject stands where it does, in words people read */
	record Status(String creditCode, String name, CreditClass creditClass, Standing standing, String reason) {
	}

	/** The subject of this 统一社会信用代码, if it is in the subject library. */
	Optional<Status> of(String creditCode);

	/** The subjects on a list, by name. */
	List<Status> list(Standing standing, int limit);
}
