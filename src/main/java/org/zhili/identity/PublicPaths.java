package org.zhili.identity;

import java.util.List;

/**
 * Paths a module serves to everyone, without signing in, contributed as a bean (e.g. the public pages and
 * Open311). {@code withoutCsrf} are called by programs that have no session, such as Open311 clients posting
 * forms with their API key; they must not rely on cookies.
 *
 * @param open Ant-style path patterns served without signing in
 * @param withoutCsrf the subset of them whose POSTs are not checked for a CSRF token
 */
public record PublicPaths(List<String> open, List<String> withoutCsrf) {

	public PublicPaths {
		open = List.copyOf(open);
		withoutCsrf = List.copyOf(withoutCsrf);
	}
}
