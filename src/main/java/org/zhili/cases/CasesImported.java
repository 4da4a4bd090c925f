package org.zhili.cases;

import java.util.List;

/**
 * Cases written by a history import (from an older system, or the demo's), which announces no registration of
 * each: listeners that keep something per case (routing's index) pick them up from here.
 *
 * @param caseIds the cases written, in the order of their ids
 */
public record CasesImported(List<Long> caseIds) {

	public CasesImported {
		caseIds = List.copyOf(caseIds);
	}
}
