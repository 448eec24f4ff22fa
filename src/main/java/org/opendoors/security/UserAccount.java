package org.opendoors.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

@Entity
@Table(name = "user_account")
@Audited
public class UserAccount extends AbstractEntity {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int NAME_MAX_LENGTH = 100;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX_LENGTH)
    @Column(name = "email", nullable = false, unique = true, length = EMAIL_MAX_LENGTH)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "display_name", nullable = false, length = NAME_MAX_LENGTH)
    private String displayName;

    /** BCrypt hash. Kept out of the audit trail: the trail records when it changed, not what it is. */
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Sessions signed in before this end at their next request; empty until the first change that ends them. */
    @NotAudited
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** When the account was last disabled (empty while enabled): its retention period counts from then. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** The organisation an EMPLOYER user belongs to; empty for council staff. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a page of accounts reads its roles in one statement
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, Set<Role> roles, Long organisationId) {
        this.email = email;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.organisationId = organisationId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setPassword(String hash, Instant changedAt, boolean mustChange) {
        this.passwordHash = hash;
        this.passwordChangedAt = changedAt;
        this.mustChangePassword = mustChange;
    }

    public Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    /** Every session signed in before now ends at its next request. */
    void endSessions(Instant now) {
        this.sessionsValidFrom = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        if (this.enabled && !enabled) {
            disabledAt = now;
        } else if (enabled) {
            disabledAt = null;
        }
        this.enabled = enabled;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
