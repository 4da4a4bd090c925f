package org.zhili.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of pages (not of the API): a problem raised while such a page is built — an item outside the
 * reader's scope, a malformed filter — shows the platform's error page with the problem's status, as the API would
 * answer it (an item of another street is "not found" on its page too).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebPage {
}
