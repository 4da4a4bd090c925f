package org.zhili.cases.internal.demo;

import java.util.regex.Pattern;

/**
 * Maps the anonymised place names of the citizen messages to Tianjin and Nankai: the organisers replaced
 * the city with {@code A市}, its districts and counties with {@code A1区}, {@code A7县}…, other cities with
 * {@code K市}… and the province with {@code 西地省}; phone numbers kept the original area code. Street,
 * estate and road names of the original city stay as they were: plausible in any Chinese city.
 */
public final class PlaceNames {

	private static final Pattern PROVINCE = Pattern.compile("西地省");
	private static final Pattern CITY = Pattern.compile("[A-Z]\\d{0,2}市");
	private static final Pattern DISTRICT = Pattern.compile("[A-Z]\\d{1,2}[区县]");
	private static final Pattern AREA_CODE = Pattern.compile("0731-");

	private PlaceNames() {
	}

	/** {@code A市A1区} → {@code 天津市南开区}, {@code 西地省} → {@code 天津市}, area code 0731 → 022. */
	public static String localise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String t = PROVINCE.matcher(text).replaceAll("天津市");
		t = DISTRICT.matcher(t).replaceAll("南开区");
		t = CITY.matcher(t).replaceAll("天津市");
		t = AREA_CODE.matcher(t).replaceAll("022-");
		return t.replace("天津市天津市", "天津市");
	}
}
