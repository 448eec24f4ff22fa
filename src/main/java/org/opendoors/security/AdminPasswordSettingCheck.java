package org.opendoors.security;

import org.opendoors.base.FieldValidationException;
import org.opendoors.base.InvalidSettingException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks {@code OPEN_DOORS_ADMIN_PASSWORD} against the password rules as soon as the settings are read, before the
 * database or the web server start, so that a weak one stops the start in a second with its own sentence.
 */
class AdminPasswordSettingCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment settings = event.getEnvironment();
        String password = settings.getProperty("opendoors.admin.password", "");
        if (password.isBlank()) {
            return; // a random one is made and printed once
        }
        try {
            new PasswordPolicy().check(password, settings.getProperty("opendoors.admin.email", ""));
        } catch (FieldValidationException refused) {
            throw unacceptable(refused);
        }
    }

    static InvalidSettingException unacceptable(FieldValidationException refused) {
        return new InvalidSettingException("OPEN_DOORS_ADMIN_PASSWORD is not acceptable: " + refused.getMessage() + ".",
                "Choose another OPEN_DOORS_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
                        + " characters and not a common password), or leave it unset to have one made for you.",
                refused);
    }
}
