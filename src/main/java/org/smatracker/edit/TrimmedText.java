package org.smatracker.edit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form controller whose text fields are trimmed, a blank field binding as null (so "optional"
 * means absent, not an empty string). {@link TrimmedTextAdvice} applies it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TrimmedText {
}
