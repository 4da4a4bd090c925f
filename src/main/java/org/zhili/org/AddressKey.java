package org.zhili.org;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The building an address names, as a key that different spellings of the same building share: "天津市南开区长虹街道
 * 鞍山西道 123号 3号楼2门501" and "鞍山西道123号3号楼501室" both give "鞍山西道123号3号楼". Every loop stores it next to
 * the address it was given, so that the one view of a building (一址一档) is an index lookup.
 */
public final class AddressKey {

	/** City, district and street-office prefixes, which callers include or leave out at will. */
	private static final Pattern PREFIX = Pattern.compile("^(天津市|天津)?(南开区)?([^0-9]{1,8}?街道(办事处)?)?");

	/** Up to the building: "…号…号楼", "…号…栋", "…号…座" or, without one, "…号". */
	private static final Pattern BUILDING = Pattern.compile("^(.*?[0-9]+号(?:院)?(?:[0-9A-Za-z]+(?:号楼|栋|座|幢))?)");

	private AddressKey() {
	}

	/**
	 * The address's key, or {@code null} when there is no address. An address without a house number keeps its whole
	 * normalised text (a landmark or a road), which still matches the same spelling.
	 */
	public static String of(String address) {
		if (address == null) {
			return null;
		}
		String text = Normalizer.normalize(address, Normalizer.Form.NFKC)
			.replaceAll("[\\s,，。.、()（）\\-—#]", "");
		if (text.isEmpty()) {
			return null;
		}
		text = PREFIX.matcher(text).replaceFirst("");
		Matcher building = BUILDING.matcher(text);
		String key = building.find() ? building.group(1) : text;
		return key.isEmpty() ? null : key;
	}
}
