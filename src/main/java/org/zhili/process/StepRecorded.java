package org.zhili.process;

import java.time.Instant;

/**
 * A step of a loop's item was appended to the {@link Journal}, announced in the step's transaction: what every loop
 * on the kit does, for whoever follows all of them (the data-sharing exchange). Without the actor and the note, which
 * may name people. A history being loaded ({@link Journal#appendHistory}) announces nothing: it happened before.
 *
 * @param loop the loop, e.g. {@code petition}, {@code hazard}, {@code plan-task}
 * @param itemId the item within its loop
 * @param action the step's stable code
 * @param unitCode the unit it concerns, or {@code null}
 * @param at when it happened
 */
public record StepRecorded(String loop, long itemId, String action, String unitCode, Instant at) {
}
