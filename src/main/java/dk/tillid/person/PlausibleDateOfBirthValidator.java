package dk.tillid.person;

import java.time.Clock;
import java.time.LocalDate;

import dk.tillid.platform.AgencyTime;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Spring creates it, so it gets the one clock. */
class PlausibleDateOfBirthValidator implements ConstraintValidator<PlausibleDateOfBirth, LocalDate> {

    private final Clock clock;

    PlausibleDateOfBirthValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = AgencyTime.today(clock);
        return !value.isAfter(today) && !value.isBefore(today.minus(Person.OLDEST_AGE));
    }
}
