package org.zhili.inspection.internal.rectification;

import org.zhili.inspection.Rectifications.Rectification;

/** A rectification as a list shows it: with its number and its street's name. */
public record RectificationLine(Rectification rectification, String number, String streetName) {
}
