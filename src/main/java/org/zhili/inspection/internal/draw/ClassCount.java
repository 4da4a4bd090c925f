package org.zhili.inspection.internal.draw;

/** How many subjects of a credit class there were and how many were drawn. */
public record ClassCount(int population, int drawn) {
}
