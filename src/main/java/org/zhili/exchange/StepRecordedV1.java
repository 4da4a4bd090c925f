package org.zhili.exchange;

import java.time.Instant;

/**
 * {@code step.recorded} version 1, on {@code zhili.steps}: a step of any loop kept on the process kit's whole-process
 * record (信访, 矛盾纠纷, 隐患, 双随机检查, 整改, 城管案件, 网格走访, 督办, 重点任务…). Without the actor and the note.
 *
 * @param loop the loop, e.g. {@code petition}, {@code hazard}, {@code plan-task}
 * @param itemId the item within its loop; the message key is {@code loop:itemId}
 * @param action the step's stable code, e.g. {@code register}, {@code assign}, {@code report}
 * @param unitCode the unit the step concerns, or {@code null}
 * @param at when it happened
 */
public record StepRecordedV1(String loop, long itemId, String action, String unitCode, Instant at) {
}
