package org.zhili.dossiers.internal.warning;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhili.cases.CasesRegistered;
import org.zhili.disputes.MediationFailed;
import org.zhili.petitions.PetitionRegistered;

/** The early warning hears of new cases, failed mediations and petitions, each after its commit, in its own. */
@Component
class EarlyWarningListeners {

	private final EarlyWarnings warnings;

	EarlyWarningListeners(EarlyWarnings warnings) {
		this.warnings = warnings;
	}

	@ApplicationModuleListener
	void on(CasesRegistered event) {
		warnings.registered(event.cases());
	}

	@ApplicationModuleListener
	void on(MediationFailed event) {
		warnings.mediationFailed(event);
	}

	@ApplicationModuleListener
	void on(PetitionRegistered event) {
		warnings.petitionRegistered(event);
	}
}
