package io.promoplatform.web.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the browser admin (Thymeleaf pages). Its refusals render as HTML pages through
 * {@link PageErrors}; REST controllers keep problem+json through {@link ProblemHandling}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface AdminPage {
}
