package org.zhili.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhili.org.District;

/**
 * Maps the anonymised place names of the citizen messages to the configured district and its city: the
 * organisers replaced the city with {@code A市}, its districts and counties with {@code A1区}, {@code A7县}…,
 * other cities with {@code K市}… and the province with {@code 西地省}; phone numbers kept the original area
 * code. Street, estate and road names of the original city stay as they were: plausible in any Chinese city.
 *
 * @param city the city every anonymised city and province becomes (zhili.district.city)
 * @param district the district every anonymised district or county becomes (zhili.district.name)
 * @param areaCode the telephone area code replacing the original one (zhili.district.area-code)
 */
public record PlaceNames(String city, String district, String areaCode) {

	private static final Pattern PROVINCE = Pattern.compile("西地省");
	private static final Pattern CITY = Pattern.compile("[A-Z]\\d{0,2}市");
	private static final Pattern DISTRICT = Pattern.compile("[A-Z]\\d{1,2}[区县]");
	private static final Pattern AREA_CODE = Pattern.compile("0731-");

	public static PlaceNames of(District district) {
		return new PlaceNames(district.city(), district.name(), district.areaCode());
	}

	/** {@code A市A1区} → city and district, {@code 西地省} → city, area code 0731 → the district's. */
	public String localise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String t = PROVINCE.matcher(text).replaceAll(Matcher.quoteReplacement(city));
		t = DISTRICT.matcher(t).replaceAll(Matcher.quoteReplacement(district));
		t = CITY.matcher(t).replaceAll(Matcher.quoteReplacement(city));
		t = AREA_CODE.matcher(t).replaceAll(Matcher.quoteReplacement(areaCode + "-"));
		return t.replace(city + city, city);
	}
}
