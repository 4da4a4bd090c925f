package org.zhili.cases;

import java.util.List;
import java.util.Optional;

import org.zhili.identity.Actor;

/** Reads cases and the category tree for other modules (e.g. routing), within the asking actor's scope. */
public interface CaseDirectory {

	/**
	 * A node of the category tree.
	 *
	 * @param code {@code C01}, {@code C0101} …
	 * @param parentCode the node above, or {@code null} at the top
	 * @param level 1 for the first-level classes
	 * @param name its own name, e.g. 城乡建设
	 * @param fullName the names from the top, e.g. 城乡建设 › 市政设施 › 路灯
	 * @param active whether new cases may be filed under it
	 */
	record Category(String code, String parentCode, int level, String name, String fullName, boolean active) {
	}

	/** A case as the actor sees it (without timeline and attachments); empty when missing or out of scope. */
	Optional<CaseView> find(long caseId, Actor actor);

	/** The whole category tree, in its order. */
	List<Category> categories();

	/**
	 * The unit a case of this category located in this street goes to by the category's rule; empty when the
	 * rule is territorial and there is no street.
	 */
	Optional<CaseView.Unit> leadUnitFor(String categoryCode, String streetCode);
}
