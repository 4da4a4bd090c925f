package org.zhili.opendata.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.opendata.OpenDataset;

/** Every dataset the modules publish, by name. */
@Component
class Catalogue {

	private final List<OpenDataset> datasets;

	Catalogue(List<OpenDataset> datasets) {
		this.datasets = datasets.stream().sorted(Comparator.comparing(OpenDataset::name)).toList();
		long names = datasets.stream().map(OpenDataset::name).distinct().count();
		if (names != datasets.size()) {
			throw new IllegalStateException("two open datasets share a name");
		}
	}

	List<OpenDataset> all() {
		return datasets;
	}

	Optional<OpenDataset> find(String name) {
		return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
	}

	/** The datasets whose name, title, description or a keyword contains every word of {@code query}. */
	List<OpenDataset> search(String query) {
		List<String> words = query == null || query.isBlank() ? List.of()
				: List.of(query.strip().toLowerCase(Locale.ROOT).split("\\s+"));
		return datasets.stream().filter(d -> {
			String text = (d.name() + " " + d.title() + " " + d.description() + " " + String.join(" ", d.keywords()))
				.toLowerCase(Locale.ROOT);
			return words.stream().allMatch(text::contains);
		}).toList();
	}
}
