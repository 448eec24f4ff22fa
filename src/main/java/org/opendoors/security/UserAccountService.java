package org.opendoors.security;

import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.base.csv.CsvColumns;
import java.io.OutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.annotation.Secured;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.SystemTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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
    private final PasswordSetupTokenRepository setupTokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KeysetCsv keyset;

    static final CsvColumns<UserAccount> CSV_COLUMNS = CsvColumns.of(UserAccount.class)
            .add("Name", UserAccount::getDisplayName)
            .add("E-mail", UserAccount::getEmail)
            .add("Roles", u -> u.getRoles().stream().map(Role::label).sorted().collect(java.util.stream.Collectors.joining(", ")))
            .add("Status", u -> u.isEnabled() ? "Active" : "Disabled");

    UserAccountService(UserAccountRepository accounts, PasswordSetupTokenRepository setupTokens, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                       CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, KeysetCsv keyset) {
        this.keyset = keyset;
        this.accounts = accounts;
        this.setupTokens = setupTokens;
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
    public Slice<UserAccount> search(String text, Pageable pageable) {
        return accounts.search(pattern(text), pageable);
    }

    /** The user list as searched, as CSV, streamed: name, e-mail, roles and status (no password or token). */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public void csv(String text, OutputStream out) {
        String pattern = pattern(text);
        keyset.write(out, CSV_COLUMNS, UserAccount.class, (afterId, upToId) -> accounts.searchBetween(pattern, afterId, upToId));
    }

    private static String pattern(String text) {
        return "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
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
        Long newOrganisationId = roles.contains(Role.EMPLOYER) ? organisationId : null;
        boolean accessChanged = !enabled || !account.getRoles().equals(roles)
                || !java.util.Objects.equals(account.getOrganisationId(), newOrganisationId);
        account.setRoles(roles);
        account.setOrganisationId(newOrganisationId);
        account.setEnabled(enabled, clock.instant());
        if (accessChanged) {
            account.endSessions(clock.instant());
        }
        return accounts.saveAndFlush(account);
    }

    /** The signed-in user changes their own password; this session keeps working, their other sessions end. */
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
        Instant now = clock.instant();
        account.setPassword(passwordEncoder.encode(newPassword), now, false);
        account.endSessions(now);
        events.publishEvent(new PasswordChanged(account.getEmail(), account.getDisplayName()));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var updated = me.withPasswordChanged(now);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, authentication.getAuthorities()));
    }

    /**
     * The EMPLOYER account of someone who has just confirmed their e-mail address by following the link
     * sent when they registered their organisation. Their password was checked and hashed at registration. No role
     * is asked for: nobody is signed in yet, and the registration's one-time link is the proof.
     */
    @Transactional
    public UserAccount createVerifiedEmployer(String name, String email, String passwordHash, long organisationId) {
        String address = normaliseEmail(email);
        if (accounts.existsByEmail(address)) {
            throw new FieldValidationException("email", "An account with this e-mail address already exists");
        }
        UserAccount account = new UserAccount(address, name, java.util.EnumSet.of(Role.EMPLOYER), organisationId);
        account.setPassword(passwordHash, clock.instant(), false);
        return accounts.save(account);
    }

    /**
     * An employer user invites a colleague into their own organisation (named in the e-mail); the colleague sets a
     * password by link.
     */
    @Transactional
    @Secured(AppRoles.ROLE_EMPLOYER)
    public void inviteColleague(String name, String email, String organisationName) {
        AccountPrincipal me = currentUser.require();
        if (name == null || name.isBlank()) {
            throw new FieldValidationException("displayName", "Enter your colleague's full name");
        }
        String address = normaliseEmail(email);
        if (accounts.existsByEmail(address)) {
            throw new FieldValidationException("email", "This person already has an Open Doors account");
        }
        UserAccount colleague = new UserAccount(address, name.trim(), java.util.EnumSet.of(Role.EMPLOYER), me.organisationId());
        // no one knows this password: the colleague chooses theirs through the link
        colleague.setPassword(passwordEncoder.encode(OneTimeTokens.newToken()), clock.instant(), false);
        accounts.save(colleague);
        String token = OneTimeTokens.newToken();
        setupTokens.save(new PasswordSetupToken(colleague.getId(), OneTimeTokens.hash(token),
                PasswordLinkPurpose.INVITATION, clock.instant()));
        events.publishEvent(new ColleagueInvited(address, colleague.getDisplayName(), me.displayName(), me.organisationId(),
                organisationName, token));
    }

    /**
     * Follows a password link: an invitation (works once, for seven days) or a reset (once, for an hour). A reset
     * ends every session of the account and every other link it was sent, and tells the person by e-mail.
     */
    @Transactional
    public void setPasswordWithLink(String token, String password, String passwordAgain) {
        PasswordSetupToken link = usable(setupTokens.findByTokenHash(OneTimeTokens.hash(token == null ? "" : token)));
        UserAccount account = accounts.findById(link.getUserAccountId()).orElseThrow();
        passwordPolicy.check(password, account.getEmail());
        if (!password.equals(passwordAgain)) {
            throw new FieldValidationException("passwordAgain", "The two passwords do not match");
        }
        Instant now = clock.instant();
        account.setPassword(passwordEncoder.encode(password), now, false);
        link.markUsed(now);
        if (link.getPurpose() == PasswordLinkPurpose.RESET) {
            account.endSessions(now);
            setupTokens.findByUserAccountIdAndUsedAtIsNull(account.getId()).forEach(other -> other.markUsed(now));
            events.publishEvent(new PasswordChanged(account.getEmail(), account.getDisplayName()));
        }
    }

    /** Whether a password link can still be used, to show the form or explain why not; says what it is for. */
    @Transactional(readOnly = true)
    public PasswordLinkPurpose checkPasswordLink(String token) {
        return usable(setupTokens.readByTokenHash(OneTimeTokens.hash(token == null ? "" : token))).getPurpose();
    }

    /** Sends a reset link to an active account with this address; does nothing for any other address. */
    @Transactional
    void sendResetLinkIfActive(String normalisedEmail) {
        accounts.findByEmail(normalisedEmail).filter(UserAccount::isEnabled).ifPresent(account -> {
            String token = OneTimeTokens.newToken();
            setupTokens.save(new PasswordSetupToken(account.getId(), OneTimeTokens.hash(token),
                    PasswordLinkPurpose.RESET, clock.instant()));
            events.publishEvent(new PasswordResetRequested(account.getEmail(), account.getDisplayName(), token));
        });
    }

    private PasswordSetupToken usable(java.util.Optional<PasswordSetupToken> found) {
        PasswordSetupToken link = found.orElseThrow(() ->
                new InvalidLinkException("This link is not recognised. Check you copied the whole link from the e-mail."));
        if (link.isUsed()) {
            throw new InvalidLinkException(link.getPurpose() == PasswordLinkPurpose.RESET
                    ? "This link has already been used. Sign in with your new password, or ask for another link."
                    : "This link has already been used. Sign in with the password you chose.");
        }
        if (link.isExpired(clock.instant())) {
            throw new InvalidLinkException(link.getPurpose() == PasswordLinkPurpose.RESET
                    ? "This link has expired: reset links work for 1 hour. Ask for a new link."
                    : "This link has expired. Ask your colleague to invite you again.");
        }
        if (!accounts.findById(link.getUserAccountId()).map(UserAccount::isEnabled).orElse(false)) {
            throw new InvalidLinkException("This account is disabled. Contact the Open Doors team if you need access.");
        }
        return link;
    }

    /** E-mail addresses of an organisation's active employer users, for notifications about it. */
    @Transactional(readOnly = true)
    public java.util.List<String> employerEmails(long organisationId) {
        return accounts.findByOrganisationIdAndEnabledTrue(organisationId).stream().map(UserAccount::getEmail).toList();
    }

    /** A user's name as colleagues see it (e.g. a contract's responsible officer); nothing else of the account. */
    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(long userId) {
        return accounts.findById(userId).map(UserAccount::getDisplayName);
    }

    /** A user's address while the account is active, for e-mails about their work (e.g. a return to review). */
    @Transactional(readOnly = true)
    public Optional<String> activeEmailOf(long userId) {
        return accounts.findById(userId).filter(UserAccount::isEnabled).map(UserAccount::getEmail);
    }

    /** An organisation's active employer users, e.g. to choose who reports on its contracts. */
    @Transactional(readOnly = true)
    public java.util.List<UserAccount> activeEmployersOf(long organisationId) {
        return accounts.findByOrganisationIdAndEnabledTrue(organisationId);
    }

    /** Active users with a role, e.g. the engagement team to tell about a submitted pledge. */
    @Transactional(readOnly = true)
    public java.util.List<UserAccount> activeUsersWithRole(Role role) {
        return accounts.findActiveWithRole(role);
    }

    /** When two organisation records are merged, their employer users follow. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void moveEmployers(long fromOrganisationId, long toOrganisationId) {
        Instant now = clock.instant();
        accounts.findByOrganisationId(fromOrganisationId).forEach(account -> {
            account.setOrganisationId(toOrganisationId);
            account.endSessions(now);
        });
    }

    /**
     * Runs work signed in as another user, so it passes that user's access checks (e.g. loading demo data as
     * the demo employer). Only an administrator, or the system, may do this.
     */
    @Secured(AppRoles.ROLE_ADMIN)
    public <T> T runAs(String email, java.util.function.Supplier<T> work) {
        AccountPrincipal principal = findForSignIn(email).map(AccountPrincipal::of).orElseThrow().withoutPasswordHash();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return SystemTask.runAs(context, work);
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

    static String normaliseEmail(String email) {
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
