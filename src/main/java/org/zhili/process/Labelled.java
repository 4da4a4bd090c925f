package org.zhili.process;

/** A state, action or party with the Chinese name people see in pages and problem answers. */
public interface Labelled {

	String label();
}
