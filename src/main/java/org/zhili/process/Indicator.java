package org.zhili.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A figure a loop measures live from its own records (12345 解决率, hazards rectified, petitions concluded…), declared
 * as a bean by the module that owns the records, so a plan's target can be bound to it and the value updates itself.
 * The definition is shown beside every value, so nobody has to guess what was counted.
 *
 * @param code stable key a binding stores, {@code module.name} (e.g. {@code cases.resolution})
 * @param name what people call it (12345 解决率)
 * @param unit the unit of its values: {@code %} for a rate
 * @param definition how it is counted, in one sentence a reader can check
 * @param grain the smallest area the loop's records name, so the figure can be counted there
 * @param measure the value over a period in an area at least as large as the grain
 */
public record Indicator(String code, String name, String unit, String definition, Grain grain, Measure measure) {

	/** The smallest area a loop's records can be counted in. */
	public enum Grain {
		/** Only the whole district (a plan's targets, the 三率 of the hotline as reported). */
		DISTRICT,
		/** The district or one of its streets (records name a street). */
		STREET,
		/** Down to a community (records name the community too). */
		COMMUNITY
	}

	/**
	 * Where a figure is counted: the whole district, a street, or a community of a street, by the org units' codes.
	 *
	 * @param street the street's code, {@code null} for the district
	 * @param community the community's code, {@code null} above it
	 */
	public record Area(String street, String community) {

		public static final Area DISTRICT = new Area(null, null);

		public Area {
			if (street == null && community != null) {
				throw new IllegalArgumentException("a community is counted within its street");
			}
		}

		public static Area street(String street) {
			return new Area(street, null);
		}

		public boolean district() {
			return street == null;
		}

		/**
		 * The condition that keeps a table's rows in this area, for a table (alias) recording the place's
		 * {@code street_code} and {@code community_code}; bind {@link #params()} with it.
		 */
		public static String condition(String alias) {
			return "(cast(:street as varchar) is null or " + alias + ".street_code = :street)"
					+ " and (cast(:community as varchar) is null or " + alias + ".community_code = :community)";
		}

		/** The values {@link #condition} binds. */
		public Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("street", street);
			params.put("community", community);
			return params;
		}

		/** This area if the grain can count it, else the nearest one around it that it can. */
		public Area within(Grain grain) {
			return switch (grain) {
				case DISTRICT -> DISTRICT;
				case STREET -> community == null ? this : street(street);
				case COMMUNITY -> this;
			};
		}
	}

	/** The value over the days {@code from} to {@code to}, both included (Beijing days); empty when nothing counts. */
	@FunctionalInterface
	public interface Measure {

		/** The value in {@code area}, which the caller has made no smaller than the indicator's grain. */
		Optional<BigDecimal> over(LocalDate from, LocalDate to, Area area);

		/** The district's value. */
		default Optional<BigDecimal> over(LocalDate from, LocalDate to) {
			return over(from, to, Area.DISTRICT);
		}
	}

	/** A rate in percent with two decimals; empty when nothing is counted. */
	public static Optional<BigDecimal> percent(long part, long whole) {
		return whole == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
	}
}
