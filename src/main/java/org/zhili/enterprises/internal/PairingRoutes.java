package org.zhili.enterprises.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.EnterpriseRouting;

/**
 * Tells intake where a paired enterprise's request goes: the running pairing's official's unit. Apart from the
 * pairing service, which registers cases itself (a visit's problems) and so cannot be what intake calls back.
 */
@Component
class PairingRoutes implements EnterpriseRouting {

	private final PairingStore store;

	PairingRoutes(PairingStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Route> routeFor(String creditCode) {
		return store.active(creditCode).map(p -> new Route(p.unitCode(), p.official(), p.officialName()));
	}
}
