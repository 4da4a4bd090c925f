package org.zhili.org;

/**
 * A department (委局办) was created or changed: its name, short name, category or whether it is active.
 *
 * @param code the department's code
 */
public record DepartmentChanged(String code) {
}
