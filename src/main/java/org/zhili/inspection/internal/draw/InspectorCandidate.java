package org.zhili.inspection.internal.draw;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * An inspector who may be seated, with the credit codes of the subjects they declared a conflict with (回避).
 */
public record InspectorCandidate(long inspectorId, String departmentCode, LocalDate licenceExpires,
		List<String> conflictCreditCodes) {

	public InspectorCandidate {
		if (departmentCode == null || departmentCode.isBlank()) {
			throw new IllegalArgumentException("检查人员 " + inspectorId + " 缺少所属部门");
		}
		if (licenceExpires == null) {
			throw new IllegalArgumentException("检查人员 " + inspectorId + " 缺少执法证有效期");
		}
		// Sorted and without repeats, so the same declarations always hash the same.
		TreeSet<String> codes = new TreeSet<>(CodePointOrder.INSTANCE);
		if (conflictCreditCodes != null) {
			codes.addAll(conflictCreditCodes);
		}
		conflictCreditCodes = List.copyOf(codes);
	}

	/** Whether the licence lets them inspect on {@code day} (valid through its expiry day). */
	public boolean licensedOn(LocalDate day) {
		return !licenceExpires.isBefore(day);
	}
}
