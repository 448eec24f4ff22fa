package org.opendoors.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.annotation.Secured;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendoors.base.FieldValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: created, given roles and disabled by ADMIN; every user changes their own password. */
@Service
public class UserAccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                       CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an account whose temporary password must be changed at first sign-in. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public UserAccount create(NewUser request) {
        return create(request, true);
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public UserAccount create(NewUser request, boolean mustChangePassword) {
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new FieldValidationException("displayName", "Enter the person's full name");
        }
        if (request.displayName().length() > UserAccount.NAME_MAX_LENGTH) {
            throw new FieldValidationException("displayName",
                    "Name must be " + UserAccount.NAME_MAX_LENGTH + " characters or fewer");
        }
        String email = normaliseEmail(request.email());
        if (accounts.existsByEmail(email)) {
            throw new FieldValidationException("email", "A user with this e-mail address already exists");
        }
        checkRoles(request.roles(), request.organisationId());
        passwordPolicy.check(request.temporaryPassword(), email);
        UserAccount account = new UserAccount(email, request.displayName().trim(), request.roles(), request.organisationId());
        account.setPassword(passwordEncoder.encode(request.temporaryPassword()), clock.instant(), mustChangePassword);
        UserAccount saved = accounts.save(account);
        events.publishEvent(new UserAccountCreated(saved.getId(), saved.getEmail(), saved.getDisplayName()));
        return saved;
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public Page<UserAccount> search(String text, Pageable pageable) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return accounts.search(pattern, pageable);
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public Optional<UserAccount> find(long id) {
        return accounts.findById(id);
    }

    /** Saves roles and the enabled flag; refuses if someone else changed the account since it was read. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public UserAccount update(long id, long expectedVersion, Set<Role> roles, Long organisationId, boolean enabled) {
        UserAccount account = accounts.findById(id)
                .orElseThrow(() -> new FieldValidationException("", "This user no longer exists"));
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        checkRoles(roles, organisationId);
        boolean isMe = currentUser.get().map(me -> me.id() == id).orElse(false);
        if (isMe && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new FieldValidationException("enabled",
                    "You cannot disable your own account or remove your own administrator role");
        }
        account.setRoles(roles);
        account.setOrganisationId(roles.contains(Role.EMPLOYER) ? organisationId : null);
        account.setEnabled(enabled);
        return accounts.saveAndFlush(account);
    }

    /** The signed-in user changes their own password; the session keeps working without the old one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AccountPrincipal me = currentUser.require();
        UserAccount account = accounts.findById(me.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new FieldValidationException("currentPassword", "Your current password is incorrect");
        }
        if (currentPassword.equals(newPassword)) {
            throw new FieldValidationException("password", "Choose a password different from your current one");
        }
        passwordPolicy.check(newPassword, account.getEmail());
        account.setPassword(passwordEncoder.encode(newPassword), clock.instant(), false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var updated = me.withPasswordChanged();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, authentication.getAuthorities()));
    }

    /** Used at start-up only: is there an administrator yet? */
    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return accounts.existsWithRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return accounts.existsByEmail(normaliseEmail(email));
    }

    @Transactional(readOnly = true)
    Optional<UserAccount> findForSignIn(String email) {
        return accounts.findByEmail(email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private static void checkRoles(Set<Role> roles, Long organisationId) {
        if (roles == null || roles.isEmpty()) {
            throw new FieldValidationException("roles", "Choose at least one role");
        }
        if (roles.contains(Role.EMPLOYER) && organisationId == null) {
            throw new FieldValidationException("organisation", "Choose the organisation this employer user belongs to");
        }
    }

    private static String normaliseEmail(String email) {
        String trimmed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new FieldValidationException("email", "Enter an e-mail address");
        }
        if (!EMAIL.matcher(trimmed).matches() || trimmed.length() > UserAccount.EMAIL_MAX_LENGTH) {
            throw new FieldValidationException("email", "Enter an e-mail address in the correct format, like name@example.com");
        }
        return trimmed;
    }
}
