package org.zhili.inspection.internal;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.org.District;

/** Accounts that read the whole district (the supervision office, leaders) see every department's inspection work. */
@Component
public class DistrictWide {

	private final District district;

	DistrictWide(District district) {
		this.district = district;
	}

	public boolean reads(Actor reader) {
		return reader.scope().includeChildren() && reader.scope().unitPath().equals(district.path());
	}
}
