package org.zhili.org;

/**
 * Polygons of a level (and possibly the levels below it) were imported or regenerated.
 *
 * @param level the highest level that changed
 */
public record GeographyChanged(UnitLevel level) {
}
