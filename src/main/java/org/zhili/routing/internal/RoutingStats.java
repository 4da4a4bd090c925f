package org.zhili.routing.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhili.cases.StatsContribution;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/**
 * 分拨准确率 on the statistics page: per first-level category, of the cases first dispatched in the period, the
 * share whose first dispatch was not returned — district-wide for the district's accounts, else for the
 * cases of the account's own unit.
 */
@Component
class RoutingStats implements StatsContribution {

	private final Accuracy accuracy;
	private final OrgUnits units;
	private final MessageSource messages;

	RoutingStats(Accuracy accuracy, OrgUnits units, MessageSource messages) {
		this.accuracy = accuracy;
		this.units = units;
		this.messages = messages;
	}

	@Override
	public Optional<Table> table(LocalDate from, LocalDate to, Actor actor, Locale locale) {
		if (!actor.has(Permission.STATS_VIEW)) {
			return Optional.empty();
		}
		String scope = actor.scope().unitCode().equals(units.district().code()) ? null : actor.scope().unitCode();
		Accuracy.Report report = accuracy.report(from.atStartOfDay(ChinaTime.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(), scope);
		NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		List<Line> lines = new ArrayList<>();
		for (Accuracy.Row r : report.categories()) {
			if (r.dispatched() > 0) {
				lines.add(line(r, r.categoryName(), percent, false));
			}
		}
		lines.add(line(report.total(), text("routing.stats.total", locale), percent, true));
		return Optional.of(new Table("routing-accuracy", text("routing.stats.title", locale),
				text("routing.stats.note", locale),
				List.of(text("routing.stats.category", locale), text("routing.stats.dispatched", locale),
						text("routing.stats.returned", locale), text("routing.stats.accuracy", locale),
						text("routing.stats.auto", locale), text("routing.stats.autoAccuracy", locale)),
				lines));
	}

	private static Line line(Accuracy.Row r, String label, NumberFormat percent, boolean total) {
		return new Line(label, List.of(Integer.toString(r.dispatched()), Integer.toString(r.returned()),
				r.accuracy() == null ? "—" : percent.format(r.accuracy()), Integer.toString(r.auto()),
				r.autoAccuracy() == null ? "—" : percent.format(r.autoAccuracy())), total);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
