package org.zhili.inspection.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the module's page controllers: a problem raised while such a page is built (an item outside the reader's
 * departments, a malformed filter) shows the platform's error page with the problem's status, as the API answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InspectionPage {
}
