package org.zhili.platform;

/**
 * One entry of the main navigation, contributed by a module as a bean. The layout shows the entries
 * whose {@code authority} the signed-in account holds ({@code null}: every signed-in account).
 *
 * @param group message key of the menu group the entry sits in
 * @param label message key of the entry's text
 * @param path the page it opens
 * @param icon a Bootstrap Icons name, e.g. {@code diagram-3}
 * @param authority the authority needed to see it, or {@code null}
 * @param order position within the whole menu, lowest first
 */
public record NavigationItem(String group, String label, String path, String icon, String authority, int order) {

	/** 基础信息: the district's reference data everyone consults (org tree, map, calendar). */
	public static final String BASICS = "nav.group.basics";

	/** 系统管理: the three administrators' work. */
	public static final String ADMINISTRATION = "nav.group.admin";
}
