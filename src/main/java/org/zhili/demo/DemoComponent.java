package org.zhili.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A bean of the demo: it exists only with {@code zhili.demo.enabled} (true when unset, as the first command of the
 * README starts zhili), so a start with the demo off has none.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnProperty(prefix = "zhili.demo", name = "enabled", havingValue = "true", matchIfMissing = true)
public @interface DemoComponent {
}
