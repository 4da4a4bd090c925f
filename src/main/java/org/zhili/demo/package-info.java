/**
 * The demo: a believable district on first start — accounts for every role, half a year of cases, two plans
 * tracked over the year — so that every page, queue, light and ranking shows something real. Everything here
 * exists only with {@code zhili.demo.enabled} (the default, for the first command of the README); a start
 * without it has no demo bean at all. The demo decides what happened; the modules record it through their
 * public APIs ({@link org.zhili.identity.InitialAccess}, the cases' and plans' history imports).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
		allowedDependencies = { "calendar", "cases", "cases :: history", "disputes", "dossiers", "enterprises", "identity", "insight", "inspection", "opinion", "org", "petitions", "plans :: history", "platform", "process", "urban" })
package org.zhili.demo;
