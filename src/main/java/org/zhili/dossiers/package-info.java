/**
 * One view across doors: a person's or a building's every 12345 case, petition, dispute and signal in one timeline,
 * each part shown only to those entitled to it and every look logged; and the early warning that raises an alert in
 * the street's inbox before a matter becomes a petition or a group visit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
		allowedDependencies = { "calendar", "cases", "disputes", "identity", "opinion", "org", "petitions", "platform", "process" })
package org.zhili.dossiers;
