package org.opendoors.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start creates an administrator: with {@code OPEN_DOORS_ADMIN_PASSWORD} if set, else with a
 * random password printed once in the log, which must be changed at first sign-in.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountService accounts;
    private final String email;
    private final String configuredPassword;

    InitialAdministrator(UserAccountService accounts,
                         @Value("${opendoors.admin.email}") String email,
                         @Value("${opendoors.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.email = email;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdministrator()) {
            return;
        }
        boolean random = configuredPassword.isBlank();
        String password = random ? randomPassword() : configuredPassword;
        try {
            SystemTask.run(() -> accounts.create(
                    new NewUser("Administrator", email, EnumSet.of(Role.ADMIN), null, password), random));
        } catch (FieldValidationException e) {
            throw AdminPasswordSettingCheck.unacceptable(e);
        }
        if (random) {
            log.warn("""

                    ================================================================
                     Open Doors created the administrator account.
                       e-mail:   {}
                       password: {}
                     This is shown once. Change it when you first sign in.
                    ================================================================""", email, password);
        } else {
            log.info("Open Doors created the administrator account {} with OPEN_DOORS_ADMIN_PASSWORD", email);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
