package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.zhili.inspection.internal.draw.Withdrawal.Reason;

/**
 * The second 随机: for each drawn subject, in pick order, and each department of the seats in code order, the
 * inspectors it may not have are withdrawn (licence expired on the day, declared conflict, inspected the subject
 * last time) and the seats are filled from the rest, least loaded in this draw first, ties drawn at random.
 */
final class InspectorSeating {

	/** What one subject got. */
	record Seated(List<Long> inspectorIds, List<Withdrawal> withdrawals, boolean fullyStaffed) {
	}

	private final Map<String, Integer> seats;
	private final Map<String, DepartmentPool> pools = new HashMap<>();
	private final Map<String, List<Long>> expired = new HashMap<>(); // by department, in id order
	private final Map<Long, String> departmentOf = new HashMap<>(); // inspectors of seated departments
	private final Map<String, List<Long>> conflicts = new HashMap<>(); // credit code → inspectors, seated departments
	private final Map<Long, List<Long>> lastInspectors;
	private final RandomStream random;

	InspectorSeating(DrawInputs inputs, RandomStream random) {
		this.seats = inputs.seats();
		this.lastInspectors = inputs.lastInspectors();
		this.random = random;
		Map<String, List<Long>> licensed = new HashMap<>();
		for (String department : seats.keySet()) {
			licensed.put(department, new ArrayList<>());
			expired.put(department, new ArrayList<>());
		}
		for (InspectorCandidate inspector : inputs.inspectors()) { // in id order
			String department = inspector.departmentCode();
			if (!seats.containsKey(department)) {
				continue;
			}
			departmentOf.put(inspector.inspectorId(), department);
			(inspector.licensedOn(inputs.day()) ? licensed : expired).get(department).add(inspector.inspectorId());
			for (String code : inspector.conflictCreditCodes()) {
				conflicts.computeIfAbsent(code, c -> new ArrayList<>()).add(inspector.inspectorId());
			}
		}
		licensed.forEach((department, ids) -> pools.put(department,
				new DepartmentPool(ids.stream().mapToLong(Long::longValue).toArray())));
	}

	Seated seat(Candidate subject) {
		List<Long> seated = new ArrayList<>();
		List<Withdrawal> withdrawals = new ArrayList<>();
		boolean fullyStaffed = true;
		for (Map.Entry<String, Integer> entry : seats.entrySet()) {
			String department = entry.getKey();
			DepartmentPool pool = pools.get(department);
			TreeMap<Long, Reason> withdrawn = withdrawn(subject, department);
			List<Integer> setAside = new ArrayList<>();
			withdrawn.forEach((id, reason) -> {
				withdrawals.add(new Withdrawal(subject.subjectId(), id, reason));
				int index = pool.indexOf(id);
				if (index >= 0) {
					pool.setAside(index);
					setAside.add(index);
				}
			});
			for (int s = 0; s < entry.getValue(); s++) {
				int index = pool.seat(random);
				if (index < 0) {
					fullyStaffed = false;
					break;
				}
				seated.add(pool.id(index));
				setAside.add(index);
			}
			setAside.forEach(pool::putBack);
		}
		return new Seated(seated, withdrawals, fullyStaffed);
	}

	/** The department's inspectors this subject may not have, in id order, each with the first reason that applies. */
	private TreeMap<Long, Reason> withdrawn(Candidate subject, String department) {
		TreeMap<Long, Reason> withdrawn = new TreeMap<>();
		for (Long id : expired.get(department)) {
			withdrawn.put(id, Reason.LICENCE);
		}
		for (Long id : conflicts.getOrDefault(subject.creditCode(), List.of())) {
			if (department.equals(departmentOf.get(id))) {
				withdrawn.putIfAbsent(id, Reason.CONFLICT);
			}
		}
		for (Long id : lastInspectors.getOrDefault(subject.subjectId(), List.of())) {
			if (department.equals(departmentOf.get(id))) {
				withdrawn.putIfAbsent(id, Reason.LAST_TIME);
			}
		}
		return withdrawn;
	}
}
