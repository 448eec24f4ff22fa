package org.opendoors.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opendoors.base.AbstractEntity;

/**
 * A one-time "set your password" link: for an invited colleague, or for someone who forgot their password. Not
 * audited: it holds a credential's hash, and the account it belongs to is audited.
 */
@Entity
@Table(name = "password_setup_token")
class PasswordSetupToken extends AbstractEntity {

    @Column(name = "user_account_id", nullable = false)
    private long userAccountId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private PasswordLinkPurpose purpose;

    protected PasswordSetupToken() {
    }

    PasswordSetupToken(long userAccountId, String tokenHash, PasswordLinkPurpose purpose, Instant issuedAt) {
        this.userAccountId = userAccountId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.expiresAt = issuedAt.plus(purpose.lifetime());
    }

    PasswordLinkPurpose getPurpose() {
        return purpose;
    }

    long getUserAccountId() {
        return userAccountId;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return now.isAfter(expiresAt);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }
}
