package nl.wijkregie.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a {@code @Named} CDI bean on the allow-list of beans that BPMN expressions may reach. Beans without it are
 * invisible to the engine, so a process definition cannot call arbitrary application code. The bean's name, not its
 * class, is the contract with deployed processes: rename classes freely, never the name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessDelegate {
}
