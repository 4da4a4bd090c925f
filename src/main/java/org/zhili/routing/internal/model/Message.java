package org.zhili.routing.internal.model;

/**
 * A labelled text: a citizen's message and the first-level category it was filed under.
 *
 * @param id where it came from, e.g. {@code train:17} or {@code case:42}
 * @param title the title, or empty
 * @param text the whole text (title, newline, body)
 * @param label the first-level category name, e.g. 城乡建设
 */
public record Message(String id, String title, String text, String label) {
}
