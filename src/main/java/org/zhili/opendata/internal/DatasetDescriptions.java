package org.zhili.opendata.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhili.opendata.OpenDataset;
import org.zhili.org.District;

/**
 * A dataset described for harvesters: as a CKAN package and as a DCAT dataset. Download addresses are absolute, on
 * the address the caller reached zhili by.
 */
@Component
class DatasetDescriptions {

	/** CKAN writes its times in UTC without a zone. */
	private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	private final OpenDataProperties terms;
	private final District district;
	private final Clock clock;

	DatasetDescriptions(OpenDataProperties terms, District district, Clock clock) {
		this.terms = terms;
		this.district = district;
		this.clock = clock;
	}

	private Instant modified(OpenDataset d) {
		Instant at = d.modified().get();
		return at != null ? at : clock.instant();
	}

	/** The address the caller reached zhili by, which download addresses start with. */
	static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	String catalogueTitle() {
		return district.fullName() + "开放数据";
	}

	Map<String, Object> ckanPackage(OpenDataset d, String base) {
		String modified = CKAN_TIME.format(modified(d));
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", d.name());
		p.put("name", d.name());
		p.put("title", d.title());
		p.put("notes", d.description());
		p.put("type", "dataset");
		p.put("state", "active");
		p.put("license_id", terms.licenceId());
		p.put("license_title", terms.licenceTitle());
		p.put("license_url", terms.licenceUrl());
		p.put("metadata_modified", modified);
		p.put("organization", Map.of("name", district.englishName().toLowerCase().replace(' ', '-'), "title", d.publisher()));
		p.put("tags", d.keywords().stream().map(k -> Map.of("name", k)).toList());
		p.put("num_tags", d.keywords().size());
		List<Map<String, Object>> resources = d.distributions().stream().map(r -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", d.name() + "-" + r.format().toLowerCase());
			m.put("name", r.title());
			m.put("url", base + r.path());
			m.put("format", r.format());
			m.put("mimetype", r.mediaType());
			m.put("last_modified", modified);
			return m;
		}).toList();
		p.put("resources", resources);
		p.put("num_resources", resources.size());
		return p;
	}

	Map<String, Object> dcatDataset(OpenDataset d, String base) {
		Map<String, Object> ds = new LinkedHashMap<>();
		ds.put("@id", base + "/api/3/action/package_show?id=" + d.name());
		ds.put("@type", "dcat:Dataset");
		ds.put("dct:identifier", d.name());
		ds.put("dct:title", d.title());
		ds.put("dct:description", d.description());
		ds.put("dct:modified", Map.of("@value", modified(d).toString(), "@type", "xsd:dateTime"));
		ds.put("dct:license", Map.of("@id", terms.licenceUrl()));
		ds.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", d.publisher()));
		ds.put("dcat:keyword", d.keywords());
		ds.put("dcat:distribution", d.distributions().stream().map(r -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("@type", "dcat:Distribution");
			m.put("dct:title", r.title());
			m.put("dcat:downloadURL", Map.of("@id", base + r.path()));
			m.put("dcat:mediaType", r.mediaType());
			m.put("dct:format", r.format());
			m.put("dct:license", Map.of("@id", terms.licenceUrl()));
			return m;
		}).toList());
		return ds;
	}

	OpenDataProperties terms() {
		return terms;
	}
}
