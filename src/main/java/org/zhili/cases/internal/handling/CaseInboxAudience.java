package org.zhili.cases.internal.handling;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.InboxAudience;

/** Dispatchers also read the command centre's messages, supervisors the supervision office's. */
@Component
class CaseInboxAudience implements InboxAudience {

	private final CasesProperties properties;

	CaseInboxAudience(CasesProperties properties) {
		this.properties = properties;
	}

	@Override
	public Set<String> extraUnits(Actor reader) {
		Set<String> units = new LinkedHashSet<>();
		if (reader.has(Permission.CASE_DISPATCH)) {
			units.add(properties.commandCentre());
		}
		if (reader.has(Permission.CASE_SUPERVISE)) {
			units.add(properties.supervisionOffice());
		}
		return units;
	}
}
