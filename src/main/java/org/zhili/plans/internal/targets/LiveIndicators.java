package org.zhili.plans.internal.targets;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhili.plans.internal.targets.TargetViews.Live;
import org.zhili.process.Indicator;

/** The live indicators every loop declares, by code, for targets to bind to. */
@Component
public class LiveIndicators {

	private final Map<String, Indicator> byCode;

	LiveIndicators(List<Indicator> declared) {
		this.byCode = declared.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
	}

	/** Every indicator, by code. */
	public List<Indicator> all() {
		return byCode.values().stream().sorted(Comparator.comparing(Indicator::code)).toList();
	}

	Optional<Indicator> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** What a page shows of a binding; a code no loop declares any longer is shown as such, not hidden. */
	Live live(String code) {
		return find(code).map(i -> new Live(code, i.name(), i.definition()))
			.orElseGet(() -> new Live(code, code, "该实时指标已不再提供"));
	}
}
