package org.zhili.inspection.internal.draw;

import java.util.List;

/** Whether a published draw is what its seed and inputs give, and if not, each difference in Chinese. */
public record Verification(boolean matches, List<String> differences) {

	public Verification {
		differences = List.copyOf(differences);
	}
}
