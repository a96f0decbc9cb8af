package dk.tillid.person;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date of birth that is not in the future and not more than 120 years back, by the application's clock. */
@Documented
@Constraint(validatedBy = PlausibleDateOfBirthValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDateOfBirth {

    String message() default "{field.dateOfBirth.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
