package org.zhili.inspection.internal.draw;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.zhili.inspection.CreditClass;

/** Inputs for draw tests: small hand-made ones, and a district-sized one for the benchmark. */
final class DrawFixtures {

	static final LocalDate DAY = LocalDate.of(2026, 5, 11);
	static final String SCJ = "120104SCJ"; // 市场监督管理局
	static final String YJJ = "120104YJJ"; // 应急管理局

	private DrawFixtures() {
	}

	static byte[] seed(long n) {
		return ByteBuffer.allocate(16).putLong(0x7a68696c69L).putLong(n).array();
	}

	static String creditCode(long subjectId) {
		String digits = Long.toString(subjectId);
		return "91120104" + "000000000".substring(Math.min(9, digits.length())) + digits + "X";
	}

	static Candidate subject(long id, CreditClass c) {
		return subject(id, c, 100);
	}

	static Candidate subject(long id, CreditClass c, int weight) {
		String reason = weight == 100 ? null : "群众投诉 " + (weight - 100) / 10 + " 件";
		return new Candidate(id, creditCode(id), c, weight, reason);
	}

	static InspectorCandidate inspector(long id, String department) {
		return new InspectorCandidate(id, department, DAY.plusYears(1), List.of());
	}

	static InspectorCandidate inspector(long id, String department, LocalDate expires, String... conflicts) {
		return new InspectorCandidate(id, department, expires, Arrays.asList(conflicts));
	}

	static Map<CreditClass, BigDecimal> ratios(String a, String b, String c, String d) {
		Map<CreditClass, BigDecimal> ratios = new EnumMap<>(CreditClass.class);
		ratios.put(CreditClass.A, new BigDecimal(a));
		ratios.put(CreditClass.B, new BigDecimal(b));
		ratios.put(CreditClass.C, new BigDecimal(c));
		ratios.put(CreditClass.D, new BigDecimal(d));
		return ratios;
	}

	static Map<String, Integer> seats(Object... codeAndCount) {
		Map<String, Integer> seats = new LinkedHashMap<>();
		for (int i = 0; i < codeAndCount.length; i += 2) {
			seats.put((String) codeAndCount[i], (Integer) codeAndCount[i + 1]);
		}
		return seats;
	}

	static DrawInputs inputs(List<Candidate> subjects, Map<CreditClass, BigDecimal> ratios, Map<String, Integer> seats,
			List<InspectorCandidate> inspectors, Map<Long, List<Long>> last) {
		return new DrawInputs(DrawEngine.ALGORITHM, DAY, subjects, ratios, seats, inspectors, last);
	}

	/** {@code n} subjects of one class with ids 1..n. */
	static List<Candidate> subjects(int n, CreditClass c) {
		List<Candidate> list = new ArrayList<>();
		for (long id = 1; id <= n; id++) {
			list.add(subject(id, c));
		}
		return list;
	}

	/** {@code n} inspectors of a department with ids from {@code firstId}. */
	static List<InspectorCandidate> inspectors(int n, String department, long firstId) {
		List<InspectorCandidate> list = new ArrayList<>();
		for (long id = firstId; id < firstId + n; id++) {
			list.add(inspector(id, department));
		}
		return list;
	}

	/**
	 * A district: {@code subjects} subjects (A 30 %, B 40 %, C 20 %, D 10 %; one in twenty weighted up by
	 * complaints), drawn at A3 B5 C10 D100; {@code inspectors} inspectors in ten departments, 2 % with expired
	 * licences; as many declared conflicts as inspectors; the previous inspectors of one subject in five (20,000
	 * of 100,000); seats SCJ 2 + YJJ 1.
	 */
	static DrawInputs district(int subjects, int inspectors) {
		Random random = new Random(20260511);
		List<Candidate> candidates = new ArrayList<>(subjects);
		for (long id = 1; id <= subjects; id++) {
			int p = random.nextInt(100);
			CreditClass c = p < 30 ? CreditClass.A : p < 70 ? CreditClass.B : p < 90 ? CreditClass.C : CreditClass.D;
			int weight = random.nextInt(20) == 0 ? 100 + 10 * (1 + random.nextInt(20)) : 100;
			candidates.add(subject(id, c, weight));
		}
		String[] departments = { SCJ, YJJ, "120104CGW", "120104STJ", "120104WJW", "120104ZJW", "120104SWJ",
				"120104WLJ", "120104XFZ", "120104GXJ" };
		Map<Long, List<String>> conflicts = new HashMap<>();
		for (int k = 0; k < inspectors; k++) {
			conflicts.computeIfAbsent(1L + random.nextInt(inspectors), i -> new ArrayList<>())
				.add(creditCode(1 + random.nextInt(subjects)));
		}
		List<InspectorCandidate> staff = new ArrayList<>(inspectors);
		for (long id = 1; id <= inspectors; id++) {
			// 2 % of each department (ids ending in 7x, 57x of every hundred… by department)
			LocalDate expires = (id / 10) % 50 == 7 ? DAY.minusDays(1 + random.nextInt(300))
					: DAY.plusDays(random.nextInt(1000));
			staff.add(new InspectorCandidate(id, departments[(int) (id % departments.length)], expires,
					conflicts.getOrDefault(id, List.of())));
		}
		Map<Long, List<Long>> last = new HashMap<>();
		while (last.size() < subjects / 5) {
			long subject = 1 + random.nextInt(subjects);
			// two of SCJ (ids ≡ 0 mod 10) and one of YJJ (ids ≡ 1 mod 10), as a previous draw would have seated
			long scj = 10L * (1 + random.nextInt(inspectors / 10 - 1));
			last.put(subject, List.of(scj, scj + 10, 10L * random.nextInt(inspectors / 10) + 1));
		}
		return inputs(candidates, ratios("3", "5", "10", "100"), seats(SCJ, 2, YJJ, 1), staff, last);
	}
}
