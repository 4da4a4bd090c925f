package org.zhili.org.internal;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhili.org.District;

/**
 * Gives every page the configured district: {@code district} (the record) and {@code districtName} (its
 * name in the page's language), for titles and texts that name it.
 */
@ControllerAdvice
class DistrictModel {

	private final District district;

	DistrictModel(District district) {
		this.district = district;
	}

	@ModelAttribute("district")
	District district() {
		return district;
	}

	@ModelAttribute("districtName")
	String districtName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? district.englishName() : district.name();
	}
}
