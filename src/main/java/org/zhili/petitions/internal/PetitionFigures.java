package org.zhili.petitions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.PetitionKind;
import org.zhili.process.Clocks;

/**
 * A year's figures (the 信访情况年度报告's, 条例 art. 41) over the petitions the reader may see: by channel, kind and
 * month, the fields (titles' categories stand in for them by kind and route), the units most petitioned about,
 * 转送/交办/督办 counts and how many were answered in time. Repeats (重复信访) are not counted again.
 */
@Service
@Transactional(readOnly = true)
public class PetitionFigures {

	record Figures(int year, int total, int repeats, int people, Map<String, Integer> byChannel,
			Map<String, Integer> byKind, Map<Integer, Integer> byMonth, Map<String, Integer> byRoute,
			Map<String, Integer> topUnits, int replied, int onTime, int supervised, int reviews, int satisfied,
			int rated) {

		public int onTimePercent() {
			return replied == 0 ? 0 : Math.round(onTime * 100f / replied);
		}
	}

	private final PetitionQueries queries;
	private final PetitionViews views;
	private final Clocks clocks;
	private final org.zhili.process.Supervisions supervisions;

	PetitionFigures(PetitionQueries queries, PetitionViews views, Clocks clocks,
			org.zhili.process.Supervisions supervisions) {
		this.queries = queries;
		this.views = views;
		this.clocks = clocks;
		this.supervisions = supervisions;
	}

	Figures year(int year, Actor reader) {
		List<PetitionStore.Row> rows = queries.rows(new PetitionStore.Filter(null, null, null, null, null, null, year,
				null, 100_000), reader);
		Map<String, Integer> byChannel = new LinkedHashMap<>(), byKind = new LinkedHashMap<>(),
				byRoute = new LinkedHashMap<>(), units = new LinkedHashMap<>();
		for (PetitionChannel c : PetitionChannel.values()) {
			byChannel.put(c.label(), 0);
		}
		for (PetitionKind k : PetitionKind.values()) {
			byKind.put(k.label(), 0);
		}
		Map<Integer, Integer> byMonth = new TreeMap<>();
		for (int m = 1; m <= 12; m++) {
			byMonth.put(m, 0);
		}
		int total = 0, repeats = 0, people = 0, replied = 0, onTime = 0, supervised = 0, reviews = 0, satisfied = 0,
				rated = 0;
		List<Long> ids = rows.stream().map(PetitionStore.Row::id).toList();
		java.util.Set<Long> withSupervision = supervisions.supervised(PetitionRegistration.LOOP, ids);
		Map<Long, Instant> replyDue = clocks.dueOf(PetitionRegistration.LOOP, PetitionWorkflow.HANDLE_CLOCK, ids);
		for (PetitionStore.Row r : rows) {
			if (r.repeatOf() != null) {
				repeats++;
				continue;
			}
			total++;
			people += r.groupSize();
			byChannel.merge(r.channel().label(), 1, Integer::sum);
			if (r.kind() != null) {
				byKind.merge(r.kind().label(), 1, Integer::sum);
			}
			byMonth.merge(LocalDate.ofInstant(r.registeredAt(), PetitionViews.ZONE).getMonthValue(), 1, Integer::sum);
			if (r.route() != null) {
				byRoute.merge(PetitionSteps.routeLabel(r.route()), 1, Integer::sum);
			}
			if (r.handlingUnit() != null) {
				units.merge(views.unitName(r.handlingUnit()), 1, Integer::sum);
			}
			if (r.repliedAt() != null) {
				replied++;
				Instant due = replyDue.get(r.id());
				boolean inTime = due == null || !r.repliedAt().isAfter(due);
				onTime += inTime ? 1 : 0;
			}
			if (withSupervision.contains(r.id())) {
				supervised++;
			}
			reviews += r.reviewRound() > 0 ? 1 : 0;
			if (r.rating() != null) {
				rated++;
				satisfied += r.rating() != org.zhili.petitions.PetitionRating.DISSATISFIED ? 1 : 0;
			}
		}
		Map<String, Integer> top = new LinkedHashMap<>();
		units.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
			.forEach(e -> top.put(e.getKey(), e.getValue()));
		return new Figures(year, total, repeats, people, byChannel, byKind, byMonth, byRoute, top, replied, onTime,
				supervised, reviews, satisfied, rated);
	}
}
