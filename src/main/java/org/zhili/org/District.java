package org.zhili.org;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The district this installation serves (zhili.district.*): its names, its official administrative code,
 * the city it belongs to, and the data files its org tree and geography are loaded from on the first start.
 * Everything district-specific in zhili — the root of the org tree, department codes, texts naming the
 * district, the Open311 jurisdiction — is derived from here; other modules inject this record.
 *
 * @param name the district's name, e.g. 某某区
 * @param shortName its short name without the suffix, e.g. 某某
 * @param englishName its name in English, for the English pages
 * @param code the six-digit administrative division code (行政区划代码); street, community and grid codes
 *        start with it, and zhili's department codes are it followed by capital letters
 * @param city the city (or province-level city) the district belongs to, e.g. 某某市
 * @param areaCode the telephone area code, e.g. 010
 * @param seed the data files loaded on the first start
 */
@Validated
@ConfigurationProperties("zhili.district")
public record District(@NotBlank String name, @NotBlank String shortName, @NotBlank String englishName,
		@NotBlank @Pattern(regexp = "[0-9]{6}", message = "应为 6 位行政区划代码") String code, @NotBlank String city,
		@NotBlank @Pattern(regexp = "0[0-9]{2,3}", message = "应为以 0 开头的 3–4 位长途区号") String areaCode,
		@NotNull @Valid Seed seed) {

	/**
	 * The data files (Spring resource locations, e.g. {@code classpath:seed/org/streets.csv} or
	 * {@code file:/etc/zhili/boundary.geojson}) the org tree and geography are loaded from on the first start.
	 *
	 * @param streets street code, 9-digit code, name, … (header line first)
	 * @param communities street code, street name, community code, name, short name, virtual, removed (header first)
	 * @param departments code, name, short name, category (header first)
	 * @param boundary the district's outline as GeoJSON in GCJ-02
	 * @param streetAnchors street code, longitude, latitude (GCJ-02), landmark: where generated street polygons grow
	 */
	public record Seed(@NotBlank String streets, @NotBlank String communities, @NotBlank String departments,
			@NotBlank String boundary, @NotBlank String streetAnchors) {
	}

	/** The name with its city, e.g. 某某市某某区 (a province-level city's district is named without the province). */
	public String fullName() {
		return city + name;
	}

	/** The materialised path of the district itself: {@code /<code>/}. */
	public String path() {
		return "/" + code + "/";
	}

	/** The code of a unit below the district: the district code followed by {@code suffix} (null stays null). */
	public String unitCode(String suffix) {
		return suffix == null ? null : code + suffix;
	}

	/**
	 * Ways an address may start with the district's place before the street: the city with and without its
	 * suffix (市), then the district, so that {@code 某某市某某区 光明路} compares as {@code 光明路}.
	 */
	public List<String> addressPrefixes() {
		String cityWithoutSuffix = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
		return List.of(city, cityWithoutSuffix, name);
	}
}
