package org.zhili.inspection.internal.execution;

import java.util.List;

/** A subject a draw picked, with the inspectors it seated, in seat order. */
public record Seating(long subjectId, int pickOrder, List<Long> inspectorIds) {
}
